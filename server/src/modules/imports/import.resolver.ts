import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import {
  canSeeImport,
  emptyClassCounts,
  emptyOutcomeCounts,
  type FieldProblem,
  type ImportClassCounts,
  type ImportOutcome,
  type ImportOutcomeCounts,
  type ImportRowClass,
  type ImportUndoResult,
} from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerFrom } from '../../graphql/context';
import { ImportOutcomeEnum, ImportRowClassEnum, ImportUndoResultEnum } from '../../graphql/enums';
import { idOrFieldError, idOrNotFound } from '../../graphql/ids';
import { TOPICS, type ImportProgressEvent } from '../../graphql/pubsub';
import { UserType } from '../org/org.types';
import type { DuplicateMatchView } from '../duplicates/duplicate-result';
import type { ImportJobRow } from './import.repository';
import type { ImportRowEntity } from './import-row.entity';
import { ImportClassCountsType, ImportJobType, ImportProgressType, ImportRowType, StartImportInput, type ImportProblemType } from './import.types';
import { CommitImportInput, ImportOutcomeCountsType, ImportPaceType, ImportUndoCountsType } from './import-commit.types';

/** Rows a page of an import's rows holds at most: the operation limits' page size. */
const MAX_ROWS_PAGE = 100;

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
      pace: ctx.services.imports.pace({ ...event, importStartedAt }),
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

  @FieldResolver(() => UserType)
  createdBy(@Root() job: ImportJobRow, @Ctx() ctx: AppContext) {
    return ctx.loaders.user.load(job.createdById);
  }

  @FieldResolver(() => ImportClassCountsType)
  classCounts(@Root() job: ImportJobRow): ImportClassCountsType {
    return countsOf(job.classCounts);
  }

  @FieldResolver(() => ImportPaceType, { nullable: true, description: "While it is written: rows per second and the time left, by the server's clock." })
  pace(@Root() job: ImportJobRow, @Ctx() ctx: AppContext) {
    return ctx.services.imports.pace(job);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Until when you may undo this import (24 hours after it ended), by the server\'s clock; null when you may not undo it now.',
  })
  undoableUntil(@Root() job: ImportJobRow, @Ctx() ctx: AppContext) {
    return ctx.services.imports.undoableUntil(viewerFrom(ctx), job);
  }

  @FieldResolver(() => ImportUndoCountsType)
  undoCounts(@Root() job: ImportJobRow): ImportUndoCountsType {
    return { removed: job.undoCounts.removed ?? 0, kept: job.undoCounts.kept ?? 0 };
  }

  @FieldResolver(() => ImportOutcomeCountsType)
  outcomeCounts(@Root() job: ImportJobRow): ImportOutcomeCountsType {
    return outcomesOf(job.outcomeCounts);
  }

  @FieldResolver(() => [ImportRowType], { description: 'Checked rows in file order, of one class or outcome (or all), after a row number.' })
  async rows(
    @Root() job: ImportJobRow,
    @Ctx() ctx: AppContext,
    @Arg('class', () => ImportRowClassEnum, { nullable: true }) rowClass: ImportRowClass | null,
    @Arg('outcome', () => ImportOutcomeEnum, { nullable: true }) outcome: ImportOutcome | null,
    @Arg('undo', () => ImportUndoResultEnum, { nullable: true, description: 'After an undo: only the rows it removed, or kept for one reason.' }) undo: ImportUndoResult | null,
    @Arg('afterRow', () => Int, { defaultValue: 0 }) afterRow: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ImportRowType[]> {
    const rows = await ctx.services.imports.rows(viewerFrom(ctx), job.id, { class: rowClass, outcome, undo, afterRow, limit: Math.max(1, Math.min(first, MAX_ROWS_PAGE)) });
    return rows.map(rowView);
  }
}

function countsOf(counts: Partial<ImportClassCounts>): ImportClassCountsType {
  return { ...emptyClassCounts(), ...counts };
}

function outcomesOf(counts: Partial<ImportOutcomeCounts>): ImportOutcomeCountsType {
  return { ...emptyOutcomeCounts(), ...counts };
}

function rowView(row: ImportRowEntity): ImportRowType {
  return {
    rowNumber: row.rowNumber,
    cells: row.cells,
    class: row.class!,
    problems: (row.problems ?? []).map(problemView),
    earlierRow: row.earlierRow,
    match: row.match ? matchView(row.match) : null,
    outcome: row.outcome,
    outcomeReason: row.outcomeReason,
    customerId: row.customerId,
    undo: row.undo,
  };
}

function problemView(p: FieldProblem): ImportProblemType {
  return { field: p.field, rule: p.rule ?? null, message: p.message, params: Object.entries(p.params ?? {}).map(([name, value]) => ({ name, value: String(value) })) };
}

/** A stored match (JSON) as the DuplicateMatch type: its dates back to dates, its internal ids left out. */
function matchView(match: DuplicateMatchView) {
  const { protectedUntil } = match.customer;
  return { verdict: match.verdict, evidence: match.evidence, customer: { ...match.customer, protectedUntil: protectedUntil ? new Date(protectedUntil) : null } };
}
