import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { UserType } from '../org/org.types';
import { OwnerAtType, OwnershipTrailCheckType } from './ownership-trail.types';

/** The ownership trail as a record: who owned what when, and whether anyone tampered with it. */
@Resolver(() => OwnerAtType)
export class OwnershipTrailResolver {
  @Authorized()
  @Query(() => OwnerAtType, { description: 'Who owned a customer you may see at a moment (a rep, the pool, or nobody yet).' })
  async ownerAt(@Arg('customerId', () => ID) customerId: string, @Arg('at', () => Date) at: Date, @Ctx() ctx: AppContext): Promise<Omit<OwnerAtType, 'owner'>> {
    const found = await ctx.services.ownershipTrail.ownerAt(viewerFrom(ctx), idOrNotFound(customerId, 'Customer'), at);
    return { existed: found !== null, ownerId: found?.ownerId ?? null, since: found?.since ?? null };
  }

  @Authorized()
  @Query(() => OwnershipTrailCheckType, {
    description: "Recomputes the ownership trail's hash chain: one customer's (anyone who may see it) or, without customerId, everyone's (admins).",
  })
  async verifyOwnershipTrail(@Arg('customerId', () => ID, { nullable: true }) customerId: string | null, @Ctx() ctx: AppContext) {
    const check = await ctx.services.ownershipTrail.verify(viewerFrom(ctx), customerId === null ? null : idOrNotFound(customerId, 'Customer'));
    return { ...check, intact: check.breaks.length === 0 };
  }

  @FieldResolver(() => UserType, { nullable: true })
  owner(@Root() r: OwnerAtType, @Ctx() ctx: AppContext) {
    return r.ownerId ? ctx.loaders.user.load(r.ownerId) : null;
  }
}
