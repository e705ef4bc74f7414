import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { isLocale, type Role } from '@berth/domain';
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

  @Authorized()
  @Query(() => [UserType], {
    description: "Active people of every team whose name contains search, by name: whom a customer may be shared with. Outside your team, a name and a department only.",
  })
  colleagues(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.org.colleagues(search, first);
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

  @FieldResolver(() => String, {
    nullable: true,
    description: "The dashboard language the user chose ('en' or 'zh-CN'); null until they choose, and for anyone but the viewer.",
  })
  locale(@Root() user: UserType, @Ctx() ctx: AppContext): string | null {
    return isViewer(ctx, user) ? resolveStoredLocale(user.locale) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "An admin's choice to receive clash alerts on every team's customers; null for anyone but the viewer, and for non-admins.",
  })
  allClashAlerts(@Root() user: UserType, @Ctx() ctx: AppContext): boolean | null {
    return isViewer(ctx, user) && user.role === 'ADMIN' ? user.allClashAlerts : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The IANA time zone the viewer's dates are shown in (the team's, from the pool policy); null for anyone but the viewer.",
  })
  async timeZone(@Root() user: UserType, @Ctx() ctx: AppContext): Promise<string | null> {
    return isViewer(ctx, user) ? (await ctx.services.policies.current()).teamTimeZone : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Null outside the viewer's own team." })
  async disabled(@Root() user: UserType, @Ctx() ctx: AppContext): Promise<boolean | null> {
    return (await seesDetailsOf(ctx, user)) ? user.disabled : null;
  }
}

/** A stored value from an older version or a hand edit reads as no choice, never as a broken screen. */
function resolveStoredLocale(stored: string | null): string | null {
  return isLocale(stored) ? stored : null;
}

/** The viewer's own preferences (language, zone, alert choice) are theirs alone to read. */
function isViewer(ctx: AppContext, user: UserType): boolean {
  return ctx.user?.id === user.id;
}
