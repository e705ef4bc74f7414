import type { Tx, UnitOfWork } from './unit-of-work';

/** Customers a manager's move locks and writes in one transaction: big enough for set-based writes, small enough to keep locks short. */
export const MOVE_CHUNK = 100;

/**
 * Runs a batch of moves a chunk at a time, each chunk in its own transaction, so a batch of
 * thousands never holds all its rows at once and a failure keeps what earlier chunks committed.
 * Everything the committed chunks raised is published once, at the end (also after a failure).
 */
export async function inChunks<T, R>(uow: UnitOfWork, items: readonly T[], work: (tx: Tx, chunk: T[]) => Promise<R[]>, size = MOVE_CHUNK): Promise<R[]> {
  const events = uow.batch();
  const results: R[] = [];
  try {
    for (let i = 0; i < items.length; i += size) {
      const chunk = items.slice(i, i + size);
      results.push(...(await uow.run((tx) => work(tx, chunk), events)));
    }
  } finally {
    await events.publish();
  }
  return results;
}
