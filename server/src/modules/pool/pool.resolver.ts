import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound, parseId } from '../../graphql/ids';
import { BerthError, ERROR_CODES, fieldProblem } from '@berth/domain';

const MAX_CLAIMS_PER_REQUEST = 100;
import { ClaimQuotaType, ClaimResultType, PoolChangedType, ReturnReasonType } from './pool.types';
import { TOPICS, type PoolChangedEvent } from '../../graphql/pubsub';

@Resolver()
export class PoolResolver {
  @Authorized()
  @Mutation(() => [ClaimResultType], { description: 'Claims pool customers; each gets its own result (a refusal never aborts the rest).' })
  async claimCustomers(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: AppContext) {
    if (!ids.length || ids.length > MAX_CLAIMS_PER_REQUEST) {
      throw BerthError.badInput([fieldProblem('ids', 'COUNT_RANGE', { min: 1, max: MAX_CLAIMS_PER_REQUEST })]);
    }
    const parsed = ids.map((raw) => ({ raw, id: parseId(raw) }));
    const wellFormed = parsed.flatMap((p) => (p.id === null ? [] : [p.id]));
    const outcomes = wellFormed.length ? await ctx.services.claims.claim(viewerFrom(ctx), wellFormed) : [];
    // A malformed id cannot name a customer: reported like one the viewer cannot see.
    const malformed = parsed.filter((p) => p.id === null).map((p) => ({ customerId: p.raw, ok: false, code: 'NOT_VISIBLE', message: ERROR_CODES.NOT_VISIBLE.defaultMessage }));
    return [...outcomes, ...malformed];
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Gives one of your customers back to the pool with a reason from returnReasons; returns its id.' })
  returnCustomer(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('reasonCode') reasonCode: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.returns.returnToPool(viewerFrom(ctx), idOrNotFound(customerId, 'Customer'), reasonCode, note);
  }

  @Authorized()
  @Query(() => [ReturnReasonType], { description: 'The reasons a return may give.' })
  async returnReasons(@Ctx() ctx: AppContext) {
    return (await ctx.services.policies.current()).returnReasons;
  }

  @Authorized()
  @Query(() => ClaimQuotaType)
  claimQuota(@Ctx() ctx: AppContext) {
    return ctx.services.claims.quota(viewerFrom(ctx));
  }

  @Authorized()
  @Subscription(() => PoolChangedType, { topics: TOPICS.poolChanged, description: 'Pool arrivals and departures, for everyone signed in.' })
  poolChanged(@Root() event: PoolChangedEvent): PoolChangedType {
    return event;
  }
}
