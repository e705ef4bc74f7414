import { Field, InputType, ObjectType } from 'type-graphql';
import type { AliasKind } from '@berth/domain';
import { AliasKindEnum } from '../../graphql/enums';

@ObjectType('CustomerAlias', { description: 'Another name of the customer, checked for duplicates like its own name.' })
export class CustomerAliasType {
  @Field(() => AliasKindEnum, { simple: true })
  kind: AliasKind;

  @Field({ simple: true })
  name: string;
}

@InputType('CustomerAliasInput')
export class CustomerAliasInput {
  @Field(() => AliasKindEnum)
  kind: AliasKind;

  @Field(() => String)
  name: string;
}
