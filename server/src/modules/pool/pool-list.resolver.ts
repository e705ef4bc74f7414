import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { CustomerSortInput } from '../customers/customer.inputs';
import { idOrNotFound } from '../../graphql/ids';
import { FollowUpObject } from '../follow-ups/follow-up.types';
import type { LatestEntryRow } from './pool-entry.repository';
import { PoolFilterInput, poolFilterFrom } from './pool-filter';
import { RegionType, TierType } from '../org/org.types';
import type { ClaimHold } from './claim.service';
import { ClaimHoldType, PoolCustomerConnectionType, PoolCustomerType, PoolEntryType } from './pool.types';

/** One batch of claim holds per request: a page of pool customers costs one policy read and one query. */
const holdsByRequest = new WeakMap<AppContext, DataLoader<number, ClaimHold | null>>();
function claimHolds(ctx: AppContext): DataLoader<number, ClaimHold | null> {
  let loader = holdsByRequest.get(ctx);
  if (!loader) holdsByRequest.set(ctx, (loader = new DataLoader((ids: readonly number[]) => ctx.services.claims.holds(viewerFrom(ctx), ids))));
  return loader;
}

@Resolver(() => PoolCustomerType)
export class PoolListResolver {
  @Authorized()
  @Query(() => PoolCustomerConnectionType, { description: 'Customers in the public pool, newest arrivals first unless sorted.' })
  poolCustomers(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => PoolFilterInput, { nullable: true }) filter: PoolFilterInput | null,
    @Arg('sort', () => CustomerSortInput, { nullable: true }) sort: CustomerSortInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return ctx.services.customers.list(viewerFrom(ctx), {
      view: 'POOL',
      filter: poolFilterFrom(filter),
      sort: sort ?? { field: 'OWNER_CHANGED_AT', direction: 'DESC' },
      first,
      after,
    });
  }

  @Authorized()
  @Query(() => PoolCustomerType, { description: 'One pool customer, for a look at its history before claiming; NOT_FOUND once owned.' })
  poolCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.customers.poolCustomer(idOrNotFound(id, 'Customer'));
  }

  @FieldResolver(() => TierType)
  tier(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.tier.load(c.tierCode);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return c.regionId ? ctx.loaders.region.load(c.regionId) : null;
  }

  @FieldResolver(() => ClaimHoldType, {
    nullable: true,
    description: 'What keeps the viewer from claiming it until a time (a cooldown), as a claim now would decide; null when only their quotas decide.',
  })
  claimHold(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return claimHolds(ctx).load(c.id);
  }

  @FieldResolver(() => PoolEntryType, { nullable: true, description: 'The latest entry: when, how and why it came to the pool.' })
  async entry(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    const row = await ctx.loaders.latestPoolEntry.load(c.id);
    return row ? entryView(row) : null;
  }

  @FieldResolver(() => [PoolEntryType], { description: 'Every time it entered the pool, newest first: previous owners and their reasons.' })
  async poolHistory(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.poolHistory.load(c.id)).map(entryView);
  }

  @FieldResolver(() => [FollowUpObject], { description: 'Follow-ups logged while it was owned, newest first: what was tried before.' })
  async followUps(@Root() c: PoolCustomerType, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.followUpsOfCustomer.load(c.id)).slice(0, first);
  }
}

/** Previous owners appear by name and department only. */
function entryView(row: LatestEntryRow): PoolEntryType {
  const previousOwner = row.previousOwnerName ? { name: row.previousOwnerName, departmentName: row.previousOwnerDepartment } : null;
  return { kind: row.kind, reason: row.reason, reasonDetail: row.reasonDetail, enteredAt: row.enteredAt, previousOwner };
}
