import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { RegionType, TierType, UserType } from '../org/org.types';
import { ContactType, CustomerType, OwnershipEventType } from './customer.types';

/**
 * Relations of a customer, batched through the request's loaders. A customer only reaches
 * these resolvers after passing the visibility scope, so its relations may be shown.
 */
@Resolver(() => CustomerType)
export class CustomerFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'null = in the public pool.' })
  owner(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return c.ownerId ? ctx.loaders.user.load(c.ownerId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return c.regionId ? ctx.loaders.region.load(c.regionId) : null;
  }

  @FieldResolver(() => TierType)
  tier(@Root() c: CustomerType, @Ctx() ctx: AppContext) {
    return ctx.loaders.tier.load(c.tierCode);
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
