import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError } from '../../graphql/ids';
import { DuplicateCheckInput, DuplicateCheckResultType, DuplicateRulesType } from './duplicate.types';

@Resolver()
export class DuplicateResolver {
  @Authorized()
  @Query(() => DuplicateCheckResultType, { description: 'The same check a save runs, for forms to call as the user types.' })
  async checkDuplicates(@Arg('input') input: DuplicateCheckInput, @Ctx() ctx: AppContext) {
    const viewer = viewerFrom(ctx);
    const excludeId = input.excludeCustomerId ? idOrFieldError(input.excludeCustomerId, 'excludeCustomerId') : null;
    // Only a customer the viewer may edit can be left out. Leaving out a hidden one would make
    // its match vanish and so confirm the hidden customer's id: such an id excludes nothing,
    // exactly like an id that does not exist.
    const exclude = excludeId !== null && (await ctx.services.customers.find(viewer, excludeId)) ? excludeId : null;
    return ctx.services.duplicateChecks.check(viewer, input, exclude);
  }

  @Authorized()
  @Query(() => DuplicateRulesType, { description: 'Which dimensions are checked and whether each warns or blocks.' })
  duplicateRules(@Ctx() ctx: AppContext) {
    return ctx.services.duplicateRules.current();
  }

  @Authorized('ADMIN')
  @Mutation(() => DuplicateRulesType)
  updateDuplicateRules(@Arg('input', () => DuplicateRulesType) input: DuplicateRulesType, @Ctx() ctx: AppContext) {
    return ctx.services.duplicateRules.update(viewerFrom(ctx), input);
  }
}
