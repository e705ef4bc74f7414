import { Field, InputType, ObjectType } from 'type-graphql';
import { UserType } from '../org/org.types';

@InputType('LoginInput')
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` or as `authToken` in graphql-ws connection params.' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}

@ObjectType('DemoHint', { description: 'The demo team a first start created, offered on the sign-in page.' })
export class DemoHintType {
  @Field(() => [String])
  logins: string[];

  @Field()
  password: string;
}
