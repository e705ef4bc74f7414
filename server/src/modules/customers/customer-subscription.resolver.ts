import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { freshLoaders, viewerFrom } from '../../graphql/context';
import { TOPICS, type CustomerChangedEvent } from '../../graphql/pubsub';
import { hearsCustomerChange } from './customer-news';
import { MyCustomersChangedType } from './customer.types';

@Resolver()
export class CustomerSubscriptionResolver {
  /**
   * Filtered twice: the event's audience drops viewers it does not concern without a query, and
   * the payload is then read through the same visibility scope as every other read.
   */
  @Authorized()
  @Subscription(() => MyCustomersChangedType, {
    topics: TOPICS.customerChanged,
    filter: ({ payload, context }: { payload: CustomerChangedEvent; context: AppContext }) =>
      context.user !== null && hearsCustomerChange(viewerFrom(context), payload),
    description: 'What happens to the customers the viewer owns or manages, live.',
  })
  async myCustomersChanged(@Root() event: CustomerChangedEvent, @Ctx() ctx: AppContext): Promise<MyCustomersChangedType> {
    ctx.loaders = freshLoaders(ctx.services); // fresh per event: no stale relations
    const customer = event.customerIds.length === 1 ? await ctx.services.customers.find(viewerFrom(ctx), event.customerIds[0]) : null;
    return { kind: event.kind, customerIds: event.customerIds, customer };
  }
}
