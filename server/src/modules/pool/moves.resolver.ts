import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { BerthError, fieldProblem } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError } from '../../graphql/ids';
import { notVisibleResult, splitCustomerIds } from './customer-id-list';
import { customerListFilterFrom } from '../customers/customer-list-filter';
import type { CustomerFilterInput } from '../customers/customer.inputs';
import { UserType } from '../org/org.types';
import { ASSIGN_LIMITS } from './assign.service';
import { AssignResultType } from './assign.types';
import { ReassignCustomersInput, ReleaseCustomersInput, ReleaseResultType } from './moves.types';

/**
 * The customers a manager's move names: the ids given (malformed ones set aside for their own
 * result) or every customer of the viewer's list matching the filter.
 */
async function chosenCustomers(ctx: AppContext, input: { customerIds?: string[] | null; filter?: CustomerFilterInput | null }) {
  if ((input.customerIds == null) === (input.filter == null)) throw BerthError.badInput([fieldProblem('customerIds', 'EITHER_IDS_OR_FILTER')]);
  const viewer = viewerFrom(ctx);
  if (input.filter) {
    const filter = await customerListFilterFrom(input.filter, viewer, ctx.services.team);
    return { ids: await ctx.services.customers.listIdsMatching(viewer, filter, ASSIGN_LIMITS.customers, 'filter'), malformed: [] };
  }
  return splitCustomerIds(input.customerIds!);
}

/** A manager's moves of owned customers: to other reps, or back to the pool. */
@Resolver()
export class MovesResolver {
  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => [AssignResultType], {
    description:
      "Moves customers of your team (an admin: of anyone's) to one rep or spreads them over several within your team, within holding caps; each customer gets its own result. The reps who get and lose customers are notified.",
  })
  async reassignCustomers(@Arg('input') input: ReassignCustomersInput, @Ctx() ctx: AppContext) {
    const toUserIds = [...new Set(input.toUserIds.map((raw) => idOrFieldError(raw, 'toUserIds')))];
    const { ids, malformed } = await chosenCustomers(ctx, input);
    const outcomes = await ctx.services.assignments.assign(viewerFrom(ctx), ids, toUserIds, input.strategy);
    return [...outcomes, ...malformed.map((raw) => ({ ...notVisibleResult(raw), assigneeId: null }))];
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => [ReleaseResultType], {
    description: 'Puts customers of your team (an admin: anyone\'s) back in the public pool with a note; each customer gets its own result. Their reps are notified.',
  })
  async releaseCustomers(@Arg('input') input: ReleaseCustomersInput, @Ctx() ctx: AppContext) {
    const { ids, malformed } = await chosenCustomers(ctx, input);
    const outcomes = await ctx.services.releases.release(viewerFrom(ctx), ids, input.note);
    return [...outcomes, ...malformed.map((raw) => ({ ...notVisibleResult(raw), previousOwnerId: null }))];
  }
}

@Resolver(() => ReleaseResultType)
export class ReleaseResultResolver {
  @FieldResolver(() => UserType, { nullable: true })
  previousOwner(@Root() r: ReleaseResultType, @Ctx() ctx: AppContext) {
    return r.previousOwnerId ? ctx.loaders.user.load(r.previousOwnerId) : null;
  }
}
