import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { DueReader } from '../../server/src/modules/pool/due-reader';
import type { DueCursor, DueRowWithCursor } from '../../server/src/modules/pool/recycle.repository';

const manager = {} as EntityManager;

/** 25 due rows, read 4 at a time after a cursor, as the repository's keyset query does. */
function fakeDue() {
  const rows = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, cursor: { protectedUntil: `2026-01-${String(i + 1).padStart(2, '0')}`, id: i + 1 } }));
  let reading = 0;
  let mostAtOnce = 0;
  const read = async (_m: EntityManager, after: DueCursor | null) => {
    reading++;
    mostAtOnce = Math.max(mostAtOnce, reading);
    await new Promise((resolve) => setImmediate(resolve)); // a round trip's worth of yielding
    reading--;
    const from = after ? rows.findIndex((r) => r.id === after.id) + 1 : 0;
    return rows.slice(from, from + 4) as unknown as DueRowWithCursor[];
  };
  return { read, rows, mostAtOnce: () => mostAtOnce };
}

describe('DueReader: the sweep loops share one place in the due rows', () => {
  it('hands every row to exactly one loop, one read at a time', async () => {
    const due = fakeDue();
    const reader = new DueReader(due.read);
    const seen: number[][] = [[], [], []];
    await Promise.all(
      seen.map(async (mine) => {
        for (;;) {
          const batch = await reader.next(manager);
          if (!batch.length) return;
          mine.push(...batch.map((r) => r.id));
        }
      }),
    );
    expect(seen.flat().sort((a, b) => a - b)).toEqual(due.rows.map((r) => r.id));
    expect(seen.every((mine) => mine.length > 0)).toBe(true);
    expect(due.mostAtOnce()).toBe(1);
  });

  it('lets the other loops go on after one read fails', async () => {
    let calls = 0;
    const reader = new DueReader(async () => {
      if (++calls === 1) throw new Error('connection lost');
      return [];
    });
    const [first, second] = await Promise.allSettled([reader.next(manager), reader.next(manager)]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: [] });
  });
});
