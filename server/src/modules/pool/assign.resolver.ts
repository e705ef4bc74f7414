import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { BerthError, fieldProblem } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError } from '../../graphql/ids';
import { notVisibleResult, splitCustomerIds } from './customer-id-list';
import { poolFilterFrom } from './pool-filter';
import { UserType } from '../org/org.types';
import { ASSIGN_LIMITS } from './assign.service';
import { AssignCustomersInput, AssignResultType } from './assign.types';

@Resolver(() => AssignResultType)
export class AssignResolver {
  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => [AssignResultType], {
    description: 'Gives customers to one rep or spreads them over several, within holding caps; each customer gets its own result.',
  })
  async assignCustomers(@Arg('input') input: AssignCustomersInput, @Ctx() ctx: AppContext) {
    const viewer = viewerFrom(ctx);
    const toUserIds = [...new Set(input.toUserIds.map((raw) => idOrFieldError(raw, 'toUserIds')))];
    if ((input.customerIds == null) === (input.poolFilter == null)) {
      throw BerthError.badInput([fieldProblem('customerIds', 'EITHER_IDS_OR_FILTER')]);
    }
    if (input.poolFilter) {
      const ids = await ctx.services.customers.poolIdsMatching(viewer, poolFilterFrom(input.poolFilter), ASSIGN_LIMITS.customers);
      if (!ids.length) throw BerthError.badInput([fieldProblem('poolFilter', 'NO_MATCH')]);
      return ctx.services.assignments.assign(viewer, ids, toUserIds, input.strategy);
    }
    const { ids, malformed } = splitCustomerIds(input.customerIds!);
    const outcomes = await ctx.services.assignments.assign(viewer, ids, toUserIds, input.strategy);
    return [...outcomes, ...malformed.map((raw) => ({ ...notVisibleResult(raw), assigneeId: null }))];
  }

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() r: AssignResultType, @Ctx() ctx: AppContext) {
    return r.assigneeId ? ctx.loaders.user.load(r.assigneeId) : null;
  }
}
