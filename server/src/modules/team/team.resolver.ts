import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { DepartmentType } from '../org/org.types';
import { TeamLoadType } from './team.types';

@Resolver()
export class TeamResolver {
  @Authorized()
  @Query(() => [DepartmentType], { description: 'Departments the viewer may pick on the Team page: an admin all, a manager their subtree, a rep their own (or none).' })
  departments(@Ctx() ctx: AppContext) {
    return ctx.services.team.departments(viewerFrom(ctx));
  }

  @Authorized()
  @Query(() => TeamLoadType, {
    description:
      'Each rep’s load now (the manager’s desk). departmentId: an admin any department (default everyone), a manager one within their subtree (default their own); ignored for a rep, who gets their own row. An unknown or out-of-scope department is NOT_FOUND.',
  })
  teamLoad(@Arg('departmentId', () => ID, { nullable: true }) departmentId: string | null, @Ctx() ctx: AppContext) {
    return ctx.services.team.teamLoad(viewerFrom(ctx), departmentId);
  }
}
