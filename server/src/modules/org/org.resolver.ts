import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { DepartmentType, RegionType, TierType, UserType } from './org.types';

@Resolver(() => UserType)
export class OrgResolver {
  @Authorized()
  @Query(() => [RegionType])
  regions(@Ctx() ctx: AppContext) {
    return ctx.services.org.regions();
  }

  @Authorized()
  @Query(() => [TierType], { description: 'Customer tiers, most important first.' })
  tiers(@Ctx() ctx: AppContext) {
    return ctx.services.org.tiers();
  }

  @Authorized()
  @Query(() => [UserType], { description: 'Users whose customers the viewer can see (a rep: only themselves).' })
  teamMembers(@Ctx() ctx: AppContext) {
    return ctx.services.org.teamMembers(viewerFrom(ctx));
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() user: UserType, @Ctx() ctx: AppContext) {
    return user.departmentId ? ctx.loaders.department.load(user.departmentId) : null;
  }
}
