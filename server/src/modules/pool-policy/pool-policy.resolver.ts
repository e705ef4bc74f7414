import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { diffPoolPolicies } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { policyFromApi, policyToApi } from './pool-policy-shape';
import { PoolPolicyPreviewType, PoolPolicyType, PoolPolicyVersionType, UpdatePoolPolicyPayload } from './pool-policy.types';


@Resolver()
export class PoolPolicyResolver {
  @Authorized()
  @Query(() => PoolPolicyType, { description: 'The pool policy in force; everyone may read the rules they work under.' })
  async poolPolicy(@Ctx() ctx: AppContext) {
    return policyToApi(await ctx.services.policies.current());
  }

  @Authorized('ADMIN')
  @Mutation(() => UpdatePoolPolicyPayload, { description: 'Saves a new policy version and re-derives every owned customer\'s protection end.' })
  async updatePoolPolicy(@Arg('input', () => PoolPolicyType) input: PoolPolicyType, @Ctx() ctx: AppContext) {
    const saved = await ctx.services.policies.update(viewerFrom(ctx), policyFromApi(input));
    return { ...saved, policy: policyToApi(saved.policy) };
  }

  @Authorized('ADMIN')
  @Query(() => PoolPolicyPreviewType, { description: 'Which customers, per rep, an edit would recycle in the next 7 days if nobody followed up. Saves nothing.' })
  async previewPoolPolicy(@Arg('input', () => PoolPolicyType) input: PoolPolicyType, @Ctx() ctx: AppContext) {
    const preview = await ctx.services.policies.preview(viewerFrom(ctx), policyFromApi(input));
    const reps = await ctx.loaders.user.loadMany(preview.reps.map((r) => r.repId));
    return {
      ...preview,
      reps: preview.reps.map((r, i) => ({ rep: reps[i], count: r.customers.length, customers: r.customers })),
    };
  }

  @Authorized('ADMIN')
  @Query(() => [PoolPolicyVersionType], { description: 'Saved edits, newest first: who, when, and what changed.' })
  async poolPolicyVersions(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: AppContext) {
    const rows = await ctx.services.policies.history(viewerFrom(ctx), first);
    const users = await ctx.loaders.user.loadMany(rows.map((r) => r.changedById ?? 0));
    return rows.map((row, i) => ({
      version: row.version,
      changedAt: row.changedAt,
      changedBy: users[i] instanceof Error ? null : users[i], // null: deleted since
      changes: diffPoolPolicies(row.before, row.after),
      policy: policyToApi(row.after),
    }));
  }
}
