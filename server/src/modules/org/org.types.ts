import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Role } from '@berth/domain';
import { RoleEnum } from '../../graphql/enums';

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  name: string;

  @Field(() => ID, { nullable: true, simple: true })
  parentId: number | null;
}

@ObjectType('Region')
export class RegionType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  name: string;
}

@ObjectType('Tier', { description: 'A customer grade (A/B/C by default); rules can differ per tier.' })
export class TierType {
  @Field({ simple: true })
  code: string;

  @Field({ simple: true })
  name: string;

  @Field(() => Int, { simple: true, description: '1 = most important.' })
  rank: number;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  name: string;

  @Field({ simple: true })
  email: string;

  @Field(() => RoleEnum, { simple: true })
  role: Role;

  @Field({ simple: true })
  disabled: boolean;

  /** Resolved by UserFieldsResolver. */
  departmentId: number | null;
}
