import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { CollaboratorAccess } from '@berth/domain';
import { CollaboratorAccessEnum } from '../../graphql/enums';
import { UserType } from '../org/org.types';

@InputType('AddCollaboratorInput', { description: 'Shares a customer with a colleague; granting again changes the access or the expiry.' })
export class AddCollaboratorInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => CollaboratorAccessEnum, { description: 'READ: sees it; WRITE: may also edit it, its contacts and follow-ups. Neither may move it.' })
  access: CollaboratorAccess;

  @Field(() => Date, { nullable: true, description: 'Access ends at this instant (in the future, within a year); leave out for until removed.' })
  expiresAt?: Date | null;
}

@ObjectType('Collaborator', { description: 'A colleague with access to the customer, while the grant lasts.' })
export class CollaboratorType {
  @Field(() => UserType)
  user: UserType;

  @Field(() => CollaboratorAccessEnum)
  access: CollaboratorAccess;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => UserType)
  grantedBy: UserType;

  @Field()
  grantedAt: Date;

  userId: number;
  grantedById: number;
}
