import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { canSeeImport } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { idOrFieldError, idOrNotFound } from '../../graphql/ids';
import { TOPICS, type ImportProgressEvent } from '../../graphql/pubsub';
import { ImportJobType, ImportProgressType, StartImportInput } from './import.types';
import { CommitImportInput } from './import-commit.types';
import { countsOf, outcomesOf } from './import-job.resolver';

/** Imports of card files: the file arrives over POST /api/imports; reading and moving imports is here, their fields in ImportJobResolver. */
@Resolver(() => ImportJobType)
export class ImportResolver {
  @Authorized()
  @Query(() => ImportJobType, { description: 'One import: yours, or, for a manager, one by someone in your team.' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.importReads.job(viewerFrom(ctx), idOrNotFound(id, 'Import'));
  }

  @Authorized()
  @Query(() => [ImportJobType], { description: 'The latest 50 imports you may see, newest first.' })
  importJobs(@Ctx() ctx: AppContext) {
    return ctx.services.importReads.jobs(viewerFrom(ctx));
  }

  @Authorized()
  @Mutation(() => ImportJobType, { description: 'The uploader confirms the column mapping and names the source; the pre-check of every row starts in the background (importProgress follows it).' })
  startImport(@Arg('input') input: StartImportInput, @Ctx() ctx: AppContext) {
    return ctx.services.imports.start(viewerFrom(ctx), idOrNotFound(input.id, 'Import'), { mapping: input.mapping, source: input.source ?? null });
  }

  @Authorized()
  @Mutation(() => ImportJobType, {
    description: 'Once every row is checked, the uploader says what to do with each class of row and where new customers go; the write runs in the background (importProgress follows it).',
  })
  commitImport(@Arg('input') input: CommitImportInput, @Ctx() ctx: AppContext) {
    const { kind, strategy } = input.destination;
    const userIds = input.destination.userIds.map((raw) => idOrFieldError(raw, 'destination.userIds'));
    return ctx.services.imports.commit(viewerFrom(ctx), idOrNotFound(input.id, 'Import'), {
      choices: { newRows: input.choices.newRows, duplicateInFile: input.choices.duplicateInFile, matchesPool: input.choices.matchesPool },
      destination: { kind, userIds, strategy: strategy ?? null },
    });
  }

  @Authorized()
  @Mutation(() => ImportJobType, {
    description:
      'Undoes an import within 24 hours of its end: in the background, the customers it created that nobody has touched since are removed; the others are kept, each row saying why (ImportRow.undo).',
  })
  undoImport(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.imports.undo(viewerFrom(ctx), idOrNotFound(id, 'Import'));
  }

  @Authorized()
  @Mutation(() => ImportJobType, {
    description: 'Cancels an import: before anything is written, or while it is being written (what is written stays; the rows not reached end CANCELLED).',
  })
  cancelImport(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.imports.cancel(viewerFrom(ctx), idOrNotFound(id, 'Import'));
  }

  @Authorized()
  @Subscription(() => ImportProgressType, {
    topics: TOPICS.importProgress,
    filter: ({ payload, args, context }: { payload: ImportProgressEvent; args: { id: string }; context: AppContext }) =>
      String(payload.jobId) === args.id && context.user !== null && canSeeImport(viewerFrom(context), payload),
    description: "An import's progress: after it starts and after each committed step of its job.",
  })
  importProgress(@Arg('id', () => ID) _id: string, @Root() event: ImportProgressEvent, @Ctx() ctx: AppContext): ImportProgressType {
    const importStartedAt = event.importStartedAt ? new Date(event.importStartedAt) : null;
    return {
      pace: ctx.services.importReads.pace({ ...event, importStartedAt }),
      id: event.jobId,
      status: event.status,
      totalRows: event.totalRows,
      checkedRows: event.checkedRows,
      classCounts: countsOf(event.classCounts),
      errorCode: event.errorCode,
      doneRows: event.doneRows,
      outcomeCounts: outcomesOf(event.outcomeCounts),
      importStartedAt,
      undoCounts: { removed: event.undoCounts?.removed ?? 0, kept: event.undoCounts?.kept ?? 0 },
    };
  }
}
