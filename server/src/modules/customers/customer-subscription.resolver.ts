import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { canSeeCustomer } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { createLoaders } from '../../graphql/loaders';
import { TOPICS, type CustomerChangedEvent } from '../../graphql/pubsub';
import { MyCustomersChangedType } from './customer.types';

@Resolver()
export class CustomerSubscriptionResolver {
  /**
   * Filtered twice: the domain rule drops events the viewer may not see without a query, and
   * the payload is then read through the same visibility scope as every other read.
   */
  @Authorized()
  @Subscription(() => MyCustomersChangedType, {
    topics: TOPICS.customerChanged,
    filter: ({ payload, context }: { payload: CustomerChangedEvent; context: AppContext }) =>
      context.user !== null && canSeeCustomer(viewerFrom(context), payload),
    description: 'Customers the viewer can see, as they are created or changed.',
  })
  async myCustomersChanged(@Root() event: CustomerChangedEvent, @Ctx() ctx: AppContext) {
    ctx.loaders = createLoaders(ctx.services.repositories); // fresh per event: no stale relations
    const customer = await ctx.services.customers.get(viewerFrom(ctx), event.customerId);
    return { kind: event.kind, customer };
  }
}
