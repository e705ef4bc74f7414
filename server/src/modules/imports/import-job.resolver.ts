import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
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
import { UserType } from '../org/org.types';
import type { DuplicateMatchView } from '../duplicates/duplicate-result';
import type { ImportJobRow } from './import.repository';
import type { ImportRowEntity } from './import-row.entity';
import { ImportClassCountsType, ImportJobType, ImportRowType, type ImportProblemType } from './import.types';
import { ImportOutcomeCountsType, ImportPaceType, ImportUndoCountsType } from './import-commit.types';

/** Rows a page of an import's rows holds at most: the operation limits' page size. */
const MAX_ROWS_PAGE = 100;

/** An import's fields worked out on read: who uploaded it, its counts, pace and undo window, and its rows page by page. */
@Resolver(() => ImportJobType)
export class ImportJobResolver {
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
    return ctx.services.importReads.pace(job);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Until when you may undo this import (24 hours after it ended), by the server\'s clock; null when you may not undo it now.',
  })
  undoableUntil(@Root() job: ImportJobRow, @Ctx() ctx: AppContext) {
    return ctx.services.importReads.undoableUntil(viewerFrom(ctx), job);
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
    @Arg('undo', () => [ImportUndoResultEnum], { nullable: true, description: 'After an undo: only the rows with one of these results (removed, or kept for one of these reasons).' }) undo: ImportUndoResult[] | null,
    @Arg('afterRow', () => Int, { defaultValue: 0 }) afterRow: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ImportRowType[]> {
    const rows = await ctx.services.importReads.rows(viewerFrom(ctx), job.id, { class: rowClass, outcome, undo, afterRow, limit: Math.max(1, Math.min(first, MAX_ROWS_PAGE)) });
    return rows.map(rowView);
  }
}

export function countsOf(counts: Partial<ImportClassCounts>): ImportClassCountsType {
  return { ...emptyClassCounts(), ...counts };
}

export function outcomesOf(counts: Partial<ImportOutcomeCounts>): ImportOutcomeCountsType {
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
