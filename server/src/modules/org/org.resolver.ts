import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import type { Role } from '@berth/domain';
import { RoleEnum } from '../../graphql/enums';
import { DepartmentType, RegionType, TierType, UserType } from './org.types';
import { seesDetailsOf } from './person-view';

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

  @FieldResolver(() => String, { nullable: true, description: "Null outside the viewer's own team." })
  async email(@Root() user: UserType, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await seesDetailsOf(ctx, user)) ? user.email : null;
  }

  @FieldResolver(() => RoleEnum, { nullable: true, description: "Null outside the viewer's own team." })
  async role(@Root() user: UserType, @Ctx() ctx: AppContext): Promise<Role | null> {
    return (await seesDetailsOf(ctx, user)) ? user.role : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Null outside the viewer's own team." })
  async disabled(@Root() user: UserType, @Ctx() ctx: AppContext): Promise<boolean | null> {
    return (await seesDetailsOf(ctx, user)) ? user.disabled : null;
  }
}
