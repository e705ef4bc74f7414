import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrNotFound } from '../../graphql/ids';
import { UserType } from '../org/org.types';
import { ImportJobType } from './import.types';

/** Imports of card files: the file arrives over POST /api/imports; everything else is here. */
@Resolver(() => ImportJobType)
export class ImportResolver {
  @Authorized()
  @Query(() => ImportJobType, { description: 'One import: yours, or, for a manager, one by someone in your team.' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.imports.job(viewerFrom(ctx), idOrNotFound(id, 'Import'));
  }

  @Authorized()
  @Query(() => [ImportJobType], { description: 'The latest 50 imports you may see, newest first.' })
  importJobs(@Ctx() ctx: AppContext) {
    return ctx.services.imports.jobs(viewerFrom(ctx));
  }

  @FieldResolver(() => UserType)
  createdBy(@Root() job: ImportJobType, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(job.createdById);
  }
}
