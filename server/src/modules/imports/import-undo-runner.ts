import { undoKeepReason, type ImportUndoResult } from '@berth/domain';
import type { Clock } from '../../clock';
import { idsByOwner, type CustomerNews } from '../customers/customer-news';
import type { DuplicateGate } from '../duplicates/duplicate-gate';
import type { UnitOfWork } from '../ownership/unit-of-work';
import type { ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';
import type { ImportNotices } from './import-notices';
import type { ImportUndoRepository } from './import-undo.repository';

/** Created customers an undo decides on in one job (one transaction). */
const UNDO_CHUNK = 200;

/**
 * An undo as background jobs, a chunk of created customers per job: each customer nobody has
 * touched since the import is removed (through the database's guard, which checks the same
 * thing again), the others are kept and say why. Decisions, removals and the next job commit
 * together, so a killed undo resumes where it stopped.
 */
export class ImportUndoRunner {
  constructor(
    private readonly imports: ImportRepository,
    private readonly undos: ImportUndoRepository,
    private readonly gate: DuplicateGate,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly news: CustomerNews,
    private readonly progress: ImportProgressNews,
    private readonly notices: ImportNotices,
  ) {}

  /** One chunk of the undo; false once every created customer is decided (the import is then UNDONE). */
  async undoChunk(jobId: number): Promise<boolean> {
    const removed: { customerId: number; ownerId: number | null }[] = [];
    let finishedFor: number | null = null;
    const more = await this.uow.run(async (tx) => {
      const { manager } = tx;
      const job = await this.imports.find(manager, jobId, { lock: true });
      if (!job || job.status !== 'UNDOING') return false;
      const created = await this.undos.lockNextCreated(manager, jobId, UNDO_CHUNK);
      if (!created.length) {
        await this.imports.update(manager, jobId, { status: 'UNDONE', undoneAt: this.clock.now() });
        await this.notices.file(manager, job, this.clock.now());
        finishedFor = job.createdById;
        return false;
      }
      const decisions: { rowNumber: number; undo: ImportUndoResult }[] = [];
      for (const customer of created) {
        const kept = customer.nameKey === null ? null : undoKeepReason(customer);
        if (kept) {
          decisions.push({ rowNumber: customer.rowNumber, undo: kept });
          continue;
        }
        if (customer.nameKey !== null) {
          await this.gate.forgetKeys(manager, customer.nameKey);
          // The guard reads the trail itself; it refuses only if the trail grew since the facts were read (it cannot: the row is locked).
          if (!(await this.undos.remove(manager, jobId, customer.customerId))) {
            decisions.push({ rowNumber: customer.rowNumber, undo: 'MOVED_SINCE' });
            continue;
          }
          removed.push({ customerId: customer.customerId, ownerId: customer.ownerId });
        }
        decisions.push({ rowNumber: customer.rowNumber, undo: 'REMOVED' });
      }
      await this.undos.saveDecisions(manager, jobId, decisions);
      const gone = decisions.filter((d) => d.undo === 'REMOVED').length;
      await this.imports.update(manager, jobId, {
        undoCounts: { removed: (job.undoCounts.removed ?? 0) + gone, kept: (job.undoCounts.kept ?? 0) + decisions.length - gone },
      });
      await this.imports.enqueue(manager, 'import_undo', jobId);
      return true;
    });
    await this.announceRemoved(removed);
    if (finishedFor !== null) this.notices.announce(finishedFor);
    await this.progress.announce(jobId);
    return more;
  }

  /** Lists showing the removed customers drop them: the pool's watchers, and each owner with the managers over them. */
  private async announceRemoved(removed: readonly { customerId: number; ownerId: number | null }[]): Promise<void> {
    this.news.poolChanged('REMOVED', removed.filter((r) => r.ownerId === null).map((r) => r.customerId));
    const owned = removed.flatMap((r) => (r.ownerId === null ? [] : [{ customerId: r.customerId, ownerId: r.ownerId }]));
    if (owned.length) await this.news.toEachOwner('REMOVED', idsByOwner(owned));
  }
}
