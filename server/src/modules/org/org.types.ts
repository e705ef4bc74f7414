import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Role } from '@berth/domain';

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

/** Email, role and disabled are resolved by OrgResolver through `seesDetailsOf` (the own-team rule). */
@ObjectType('User', { description: "A person. Outside the viewer's own team only name and department: email, role and disabled are null." })
export class UserType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  name: string;

  /** Resolved by OrgResolver: null outside the viewer's team. */
  email: string;

  /** Resolved by OrgResolver: null outside the viewer's team. */
  role: Role;

  /** Resolved by OrgResolver: null outside the viewer's team. */
  disabled: boolean;

  /** Resolved by OrgResolver (department). */
  departmentId: number | null;

  /** Resolved by OrgResolver: the viewer's own only. */
  locale: string | null;

  /** Resolved by OrgResolver: the viewer's own only, and only an admin's. */
  allClashAlerts: boolean;
}
