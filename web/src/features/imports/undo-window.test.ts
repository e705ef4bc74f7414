import { describe, expect, it } from 'vitest';
import { isUndoable, undoDeadline } from './undo-window';

const FINISHED = '2026-12-01T09:11:00.000Z';
const HOUR = 3_600_000;
const after = (ms: number) => new Date(Date.parse(FINISHED) + ms);
const job = (overrides: Partial<Parameters<typeof isUndoable>[0]> = {}) => ({
  status: 'DONE' as const,
  finishedAt: FINISHED,
  outcomeCounts: { CREATED: 3, FILLED: 0, MERGED: 0, SKIPPED: 0, FAILED: 0, CANCELLED: 0 },
  ...overrides,
});

describe('the undo window of an import', () => {
  it('closes 24 hours after the import ended', () => {
    expect(undoDeadline(job())?.toISOString()).toBe('2026-12-02T09:11:00.000Z');
    expect(undoDeadline(job({ finishedAt: null }))).toBeNull();
  });

  it('is open up to the deadline itself and shut a moment after', () => {
    expect(isUndoable(job(), after(1))).toBe(true);
    expect(isUndoable(job(), after(24 * HOUR))).toBe(true);
    expect(isUndoable(job(), after(24 * HOUR + 1))).toBe(false);
  });

  it('opens for a finished import, or one cancelled after writing, that created customers', () => {
    expect(isUndoable(job({ status: 'CANCELLED' }), after(HOUR))).toBe(true);
    expect(isUndoable(job({ outcomeCounts: { ...job().outcomeCounts, CREATED: 0 } }), after(HOUR))).toBe(false);
    expect(isUndoable(job({ status: 'IMPORTING', finishedAt: null }), after(HOUR))).toBe(false);
    expect(isUndoable(job({ status: 'UNDONE' }), after(HOUR))).toBe(false);
  });
});
