import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { RegionType, TierType, UserType } from '../org/org.types';
import { ContactType, CustomerType, OwnershipEventType } from './customer.types';
import { CustomerAliasType } from './customer-alias.types';

/**
 * Relations of a customer, batched through the request's loaders, and its standing from the
 * ownership row read with it. A customer only reaches these resolvers after passing the
 * visibility scope, so its relations may be shown.
 */
@Resolver(() => CustomerType)
export class CustomerFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'null = in the public pool.' })
  owner(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    // List pages read the owner with the rows (one query fewer); other reads batch through the loader.
    if (c.ownership.owner) return c.ownership.owner;
    return c.ownership.ownerId ? ctx.loaders.user.load(c.ownership.ownerId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the current owner got the customer.' })
  ownedSince(@Root() c: CustomerType): Date | null {
    return c.ownership.ownedSince;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Nobody else may take the customer before this; null in the pool.' })
  protectedUntil(@Root() c: CustomerType): Date | null {
    return c.ownership.protectedUntil;
  }

  @FieldResolver(() => Boolean, { description: 'Locked customers are never recycled (an admin decision, e.g. a strategic account).' })
  locked(@Root() c: CustomerType): boolean {
    return c.ownership.locked;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return c.regionId ? ctx.loaders.region.load(c.regionId) : null;
  }

  @FieldResolver(() => TierType)
  tier(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.tier.load(c.tierCode);
  }

  @FieldResolver(() => [CustomerAliasType], { description: 'Other names, in the order they were listed.' })
  aliases(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.aliasesOfCustomer.load(c.id);
  }

  @FieldResolver(() => [ContactType])
  contacts(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.contactsOfCustomer.load(c.id);
  }

  @FieldResolver(() => [OwnershipEventType], { description: 'Newest first.' })
  ownershipEvents(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.ownershipEventsOfCustomer.load(c.id);
  }
}

@Resolver(() => OwnershipEventType)
export class OwnershipEventFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'null = the customer came from the pool.' })
  from(@Root() e: OwnershipEventType, @Ctx() ctx: AppContext) {
    return e.fromUserId ? ctx.loaders.user.load(e.fromUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'null = the customer went to the pool.' })
  to(@Root() e: OwnershipEventType, @Ctx() ctx: AppContext) {
    return e.toUserId ? ctx.loaders.user.load(e.toUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'null = the system (a scheduled rule).' })
  actor(@Root() e: OwnershipEventType, @Ctx() ctx: AppContext) {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }
}
