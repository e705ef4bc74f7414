import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true, simple: true })
  endCursor: string | null;

  @Field({ simple: true })
  hasNextPage: boolean;
}

/**
 * A keyset-paged list type (`<Name>Connection` with `<Name>Edge`) for any node type, so every
 * paged list answers in the same shape.
 */
export function connectionOf<TNode extends object>(name: string, node: ClassType<TNode>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ simple: true })
    cursor: string;

    @Field(() => node)
    node: TNode;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfoType)
    pageInfo: PageInfoType;

    /** Resolved lazily: a client that does not ask for it does not pay for the COUNT. */
    @Field(() => Int)
    totalCount: Promise<number> | number;
  }
  return Connection;
}
