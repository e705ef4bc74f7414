import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { CustomerFilterInput, CustomerSortInput } from '../customers/customer.inputs';
import { listFilterFrom } from '../customers/customer-list-filter';
import { RegionType, TierType } from '../org/org.types';
import { PoolCustomerConnectionType, PoolCustomerType, PoolEntryType } from './pool.types';

@Resolver(() => PoolCustomerType)
export class PoolListResolver {
  @Authorized()
  @Query(() => PoolCustomerConnectionType, { description: 'Customers in the public pool, newest arrivals first unless sorted.' })
  poolCustomers(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter: CustomerFilterInput | null,
    @Arg('sort', () => CustomerSortInput, { nullable: true }) sort: CustomerSortInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return ctx.services.customers.list(viewerFrom(ctx), {
      view: 'POOL',
      filter: listFilterFrom(filter),
      sort: sort ?? { field: 'UPDATED_AT', direction: 'DESC' },
      first,
      after,
    });
  }

  @FieldResolver(() => TierType)
  tier(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.tier.load(c.tierCode);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    return c.regionId ? ctx.loaders.region.load(c.regionId) : null;
  }

  @FieldResolver(() => PoolEntryType, { nullable: true, description: 'The latest entry: when, how and why it came to the pool.' })
  async entry(@Root() c: PoolCustomerType, @Ctx() ctx: AppContext) {
    const row = await ctx.loaders.latestPoolEntry.load(c.id);
    if (!row) return null;
    const previousOwner = row.previousOwnerName ? { name: row.previousOwnerName, departmentName: row.previousOwnerDepartment } : null;
    return { kind: row.kind, reason: row.reason, enteredAt: row.enteredAt, previousOwner };
  }
}
