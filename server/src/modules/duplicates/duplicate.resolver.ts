import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError } from '../../graphql/ids';
import { DuplicateCheckInput, DuplicateCheckResultType, DuplicateRulesType } from './duplicate.types';

@Resolver()
export class DuplicateResolver {
  @Authorized()
  @Query(() => DuplicateCheckResultType, { description: 'The same check a save runs, for forms to call as the user types.' })
  checkDuplicates(@Arg('input') input: DuplicateCheckInput, @Ctx() ctx: AppContext) {
    const exclude = input.excludeCustomerId ? idOrFieldError(input.excludeCustomerId, 'excludeCustomerId') : null;
    return ctx.services.duplicateChecks.check(viewerFrom(ctx), input, exclude);
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
