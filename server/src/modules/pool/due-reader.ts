import type { EntityManager } from 'typeorm';
import type { DueCursor, DueRowWithCursor } from './recycle.repository';

/**
 * A sweep's place in the due rows, shared by its batch loops: each loop takes the next batch
 * after the last one handed out, one read at a time, so the loops never read the same rows or
 * step over rows already handled, while their writes and commits still overlap.
 */
export class DueReader {
  private after: DueCursor | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly read: (manager: EntityManager, after: DueCursor | null) => Promise<DueRowWithCursor[]>) {}

  /** The next batch, read in the caller's transaction (its row locks are the caller's). */
  next(manager: EntityManager): Promise<DueRowWithCursor[]> {
    const batch = this.turn.then(async () => {
      const rows = await this.read(manager, this.after);
      if (rows.length) this.after = rows[rows.length - 1].cursor;
      return rows;
    });
    this.turn = batch.catch(() => undefined); // a failed read ends its own loop, not the other's turn
    return batch;
  }
}
