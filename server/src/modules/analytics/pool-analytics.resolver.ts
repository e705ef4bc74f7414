import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { UserType } from '../org/org.types';
import { BoomerangRateType, PoolAnalyticsInput, PoolAnalyticsType, RepRecycleFrequencyType } from './pool-analytics.types';

@Resolver()
export class PoolAnalyticsResolver {
  @Authorized('MANAGER', 'ADMIN')
  @Query(() => PoolAnalyticsType, {
    description:
      'How customers flowed through the pool over a range, bucketed in the team time zone. Managers and admins only. A manager counts the flows of reps in their subtree; stock, dwell and dead stock are company-wide. Refuses (naming the field) a range over two years, an end before its start, more than 1,000 buckets, and answers an unknown or out-of-scope department or rep NOT_FOUND.',
  })
  poolAnalytics(@Arg('input', () => PoolAnalyticsInput) input: PoolAnalyticsInput, @Ctx() ctx: AppContext) {
    return ctx.services.poolAnalytics.analytics(viewerFrom(ctx), input);
  }
}

@Resolver(() => RepRecycleFrequencyType)
export class RepRecycleFrequencyResolver {
  @FieldResolver(() => UserType)
  rep(@Root() row: RepRecycleFrequencyType, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(row.repId);
  }
}

@Resolver(() => BoomerangRateType)
export class BoomerangRateResolver {
  @FieldResolver(() => UserType, { nullable: true })
  rep(@Root() row: BoomerangRateType, @Ctx() ctx: AppContext) {
    return row.repId === null ? null : ctx.loaders.user.load(row.repId);
  }
}
