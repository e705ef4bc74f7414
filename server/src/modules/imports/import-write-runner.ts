import {
  BerthError,
  cardFromRow,
  claimDay,
  duplicateKeysOf,
  countedHoldings,
  emptyOutcomeCounts,
  importRowAction,
  spreadAssignments,
  type AssignableRep,
  type AssignmentStrategy,
  type ImportCard,
  type Viewer,
  type ImportDestination,
  type ImportOutcomeCounts,
  type ImportOutcomeReason,
  type PoolPolicy,
} from '@berth/domain';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock';
import type { DuplicateCheckService } from '../duplicates/duplicate-check.service';
import type { AssignRepository } from '../pool/assign.repository';
import type { ClaimRepository } from '../pool/claim.repository';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import { underSavepoint, type Tx, type UnitOfWork } from '../ownership/unit-of-work';
import type { ImportJobRow, ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';
import type { ImportNotices } from './import-notices';
import type { ImportRowWriter, RowWriteContext } from './import-row-writer';
import type { ImportWriteRepository, UnwrittenRow, WrittenRow } from './import-write.repository';

/**
 * Rows written in one job (one transaction). Each chunk pays a fixed price (the policy, the job,
 * the receivers, the recheck's and the opening's statements, its job's turn on the queue), so 500
 * rows wrote 10,000 in 7.8 s where 200 took 9.1 s; the keys a chunk locks are held for about half
 * a second, as long as a save of one of its companies may wait.
 */
const WRITE_CHUNK = 500;

/**
 * The write as background jobs on the PostgreSQL queue, a chunk of rows per job: each row in file
 * order gets what the user chose for its class — a new customer (into the pool or to a rep), a pool
 * customer's blank fields filled, a contact added to the customer an earlier row became — or is
 * skipped, and every row ends in exactly one outcome. A chunk's customers, its rows' outcomes, the
 * job's counts and the next chunk's job commit together, so a job killed halfway resumes after
 * the last committed chunk and writes each row once. A row that fails is undone alone (its
 * savepoint) and reported; a deadlock or a lost connection retries the whole chunk instead.
 */
export class ImportWriteRunner {
  constructor(
    private readonly imports: ImportRepository,
    private readonly writes: ImportWriteRepository,
    private readonly rowWriter: ImportRowWriter,
    private readonly duplicateChecks: DuplicateCheckService,
    private readonly phoneRegion: string,
    private readonly people: AssignRepository,
    private readonly claims: ClaimRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly progress: ImportProgressNews,
    private readonly notices: ImportNotices,
  ) {}

  /** One chunk of the write; false once every row has its outcome (the job is then DONE). */
  async writeChunk(jobId: number): Promise<boolean> {
    let finishedFor: number | null = null;
    const more = await this.uow.run(async (tx) => {
      const { manager } = tx;
      // The policy's shared lock first, then row locks, then counters: the order every writer keeps.
      const policy = await this.policies.inForce(manager);
      const job = await this.imports.find(manager, jobId, { lock: true });
      if (!job || job.status !== 'IMPORTING') return false;
      const rows = await this.writes.unwrittenRows(manager, jobId, WRITE_CHUNK);
      if (!rows.length) {
        await this.imports.update(manager, jobId, { status: 'DONE', finishedAt: this.clock.now() });
        await this.imports.dropFile(manager, jobId);
        await this.notices.file(manager, job, this.clock.now());
        finishedFor = job.createdById;
        return false;
      }
      const written = await this.writeRows(tx, job, policy, rows);
      await this.writes.saveOutcomes(manager, jobId, written.rows);
      await this.imports.update(manager, jobId, {
        doneRows: job.doneRows + written.rows.length,
        outcomeCounts: added(job.outcomeCounts, written.rows),
        spreadTurn: written.turn,
      });
      await this.imports.enqueue(manager, 'import_write', jobId);
      return true;
    });
    if (finishedFor !== null) this.notices.announce(finishedFor);
    await this.progress.announce(jobId);
    return more;
  }

  private async writeRows(tx: Tx, job: ImportJobRow, policy: PoolPolicy, rows: UnwrittenRow[]): Promise<{ rows: WrittenRow[]; turn: number }> {
    const { manager } = tx;
    const uploader = await this.imports.viewerOf(manager, job.createdById);
    if (!uploader) throw new BerthError('BROKEN_INVARIANT', `The uploader of import ${job.id} is gone.`);
    const now = this.clock.now();
    const ctx: RowWriteContext = { jobId: job.id, source: job.source, uploader, now, policy, regions: await this.imports.regionsByName(manager) };
    const actions = rows.map((row) => importRowAction(row.class, job.choices!));
    await this.writes.lockOwnershipRows(manager, rows.flatMap((row, i) => (actions[i] === 'FILL_BLANKS' && row.match ? [row.match.customerId] : [])));
    const reps = await this.receivers(manager, job.destination!, policy, now);
    const strategy = job.destination!.strategy ?? 'ROUND_ROBIN';
    const customerOfRow = await this.writes.customersOfRows(manager, job.id, rows.flatMap((row, i) => (actions[i] === 'MERGE_CONTACT' && row.earlierRow !== null ? [row.earlierRow] : [])));
    const today = now.toISOString().slice(0, 10);
    const cards = rows.map((row) => cardFromRow(row.cells, job.mapping, today).card);
    const newRows = rows.flatMap((row, i) => (actions[i] === 'CREATE' ? [{ rowNumber: row.rowNumber, card: cards[i] }] : []));
    // First the new customers, all at once: each row's receiver dealt in file order, then one opening for them all.
    const dealt = dealNewRows(newRows, await this.stillNew(tx, job, uploader, newRows), reps, strategy, job.spreadTurn);
    const decided = new Map(dealt.refused.map((r) => [r.rowNumber, r]));
    for (const created of await this.createAll(tx, ctx, job.id, dealt.toCreate)) decided.set(created.rowNumber, created);

    // Then every other row in file order, each under its own savepoint: a repeated row's contact goes to the customer its first row became.
    const out: WrittenRow[] = [];
    for (const [i, row] of rows.entries()) {
      const action = actions[i];
      let result = decided.get(row.rowNumber);
      if (!result && typeof action === 'object') result = { rowNumber: row.rowNumber, outcome: 'SKIPPED', reason: action.skip, customerId: null };
      if (!result) {
        const earlier = row.earlierRow === null ? undefined : customerOfRow.get(row.earlierRow);
        result =
          action === 'MERGE_CONTACT' && earlier === undefined
            ? { rowNumber: row.rowNumber, outcome: 'SKIPPED', reason: 'EARLIER_ROW_NOT_IMPORTED', customerId: null }
            : await this.oneRow(tx, job.id, row.rowNumber, (rowTx) =>
                action === 'FILL_BLANKS' ? this.rowWriter.fillBlanks(rowTx, ctx, row.rowNumber, cards[i], row.match!.customerId) : this.rowWriter.mergeContact(rowTx, ctx, row.rowNumber, cards[i], earlier!),
              );
      }
      if (result.customerId !== null) customerOfRow.set(row.rowNumber, result.customerId);
      out.push(result);
    }
    return { rows: out, turn: dealt.turn };
  }

  /**
   * The new customers of a chunk in one go (one savepoint); should that fail, each row again under
   * its own, so one bad row fails alone and is reported.
   */
  private async createAll(tx: Tx, ctx: RowWriteContext, jobId: number, rows: readonly { rowNumber: number; card: ImportCard; ownerId: number | null }[]): Promise<WrittenRow[]> {
    if (!rows.length) return [];
    try {
      return await underSavepoint(tx, (batchTx) => this.rowWriter.createMany(batchTx, ctx, rows));
    } catch (error) {
      if (isWorthRetrying(error)) throw error;
      const one: WrittenRow[] = [];
      for (const row of rows) one.push(await this.oneRow(tx, jobId, row.rowNumber, async (rowTx) => (await this.rowWriter.createMany(rowTx, ctx, [row]))[0]));
      return one;
    }
  }

  /** One row's write under its own savepoint; a failure that says nothing about the chunk (a deadlock, a lost connection) runs the chunk again. */
  private async oneRow(tx: Tx, jobId: number, rowNumber: number, write: (rowTx: Tx) => Promise<WrittenRow>): Promise<WrittenRow> {
    try {
      return await underSavepoint(tx, write);
    } catch (error) {
      if (isWorthRetrying(error)) throw error;
      console.error(`import ${jobId} row ${rowNumber} failed:`, error);
      return { rowNumber, outcome: 'FAILED', reason: 'WRITE_FAILED', customerId: null };
    }
  }

  /**
   * The rows to create that are still new: each checked again as a save would be, against what
   * changed since the pre-check began (`recheckImported`), all of the chunk's keys locked at once.
   * A customer like it saved meanwhile — by anyone, or by another import of the same cards — keeps
   * the row out, so the same card never becomes two customers.
   */
  private async stillNew(tx: Tx, job: ImportJobRow, uploader: Viewer, rows: readonly { rowNumber: number; card: ImportCard }[]): Promise<Set<number>> {
    const keys = rows.map(({ card }) => duplicateKeysOf({ companyName: card.companyName!, website: card.website, email: card.email, phone: card.phone }, { defaultRegion: this.phoneRegion }));
    const judged = await this.duplicateChecks.recheckImported(tx.manager, uploader, keys, { since: job.checkStartedAt ?? job.createdAt, importJobId: job.id });
    return new Set(rows.filter((_, i) => judged[i].verdict === 'CLEAR').map((r) => r.rowNumber));
  }

  /**
   * The reps who receive this chunk's new customers, their counters locked and their holdings as
   * the cap counts them (so claims and assignments running meanwhile never push one past it); a
   * rep disabled since the import started receives nothing. Null for an import into the pool.
   */
  private async receivers(manager: EntityManager, destination: ImportDestination, policy: PoolPolicy, now: Date): Promise<AssignableRep[] | null> {
    if (destination.kind === 'POOL') return null;
    const enabled = new Set((await this.people.assignees(manager, destination.userIds)).filter((p) => !p.disabled).map((p) => p.userId));
    const userIds = destination.userIds.filter((id) => enabled.has(id));
    const held = await this.claims.lockQuotas(manager, userIds, claimDay(now, policy.teamTimeZone));
    return userIds.map((userId) => ({ userId, holdings: countedHoldings(held.get(userId)!, policy), cap: policy.holdingCap }));
  }
}

/**
 * Who gets each new row, in file order: the pool (no receivers), or the next rep in turn (or the one
 * holding fewest) with room under the cap. A row no longer new, or with nobody to take it, is refused
 * with why; the turn a round-robin reached carries to the next chunk.
 */
function dealNewRows(
  rows: readonly { rowNumber: number; card: ImportCard }[],
  stillNew: ReadonlySet<number>,
  reps: AssignableRep[] | null,
  strategy: AssignmentStrategy,
  turn: number,
): { toCreate: { rowNumber: number; card: ImportCard; ownerId: number | null }[]; refused: WrittenRow[]; turn: number } {
  const toCreate: { rowNumber: number; card: ImportCard; ownerId: number | null }[] = [];
  const refused: WrittenRow[] = [];
  const refuse = (rowNumber: number, reason: ImportOutcomeReason, outcome: 'SKIPPED' | 'FAILED') => refused.push({ rowNumber, outcome, reason, customerId: null });
  for (const { rowNumber, card } of rows) {
    if (!stillNew.has(rowNumber)) {
      refuse(rowNumber, 'MATCHED_SINCE_CHECK', 'SKIPPED');
      continue;
    }
    if (reps === null) {
      toCreate.push({ rowNumber, card, ownerId: null });
      continue;
    }
    const [pick] = reps.length ? spreadAssignments([rowNumber], reps, strategy, turn) : [null];
    if (!pick?.ok) {
      refuse(rowNumber, reps.length ? 'HOLDING_CAP_REACHED' : 'NO_RECEIVER', 'FAILED');
      continue;
    }
    const at = reps.findIndex((r) => r.userId === pick.userId);
    reps[at].holdings += 1;
    turn = at + 1;
    toCreate.push({ rowNumber, card, ownerId: pick.userId });
  }
  return { toCreate, refused, turn };
}

/** Errors that say nothing about the row (a deadlock, a serialization failure, a lost connection): the whole chunk runs again. */
function isWorthRetrying(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(40|08|53|57)/.test(code);
}

function added(counts: Partial<ImportOutcomeCounts>, rows: readonly WrittenRow[]): ImportOutcomeCounts {
  const out = { ...emptyOutcomeCounts(), ...counts };
  for (const r of rows) out[r.outcome] += 1;
  return out;
}
