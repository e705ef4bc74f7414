import { describe, expect, it } from 'vitest';
import { IMPORT_ROW_CLASSES, blankFieldsToFill, importDestinationProblems, importRowAction, spreadAssignments, undoKeepReason, undoRefusal, importPace, type ImportChoices, type Viewer } from '../src';

const REP: Viewer = { userId: 7, role: 'REP', departmentPath: '/1/2/' };
const MANAGER: Viewer = { userId: 3, role: 'MANAGER', departmentPath: '/1/' };
const ALL_IN: ImportChoices = { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' };
const ALL_OUT: ImportChoices = { newRows: 'SKIP', duplicateInFile: 'SKIP', matchesPool: 'SKIP' };

describe('importRowAction', () => {
  it('does what the user chose for the classes that have a choice', () => {
    expect(['NEW', 'DUPLICATE_IN_FILE', 'MATCHES_POOL'].map((c) => importRowAction(c as never, ALL_IN))).toEqual(['CREATE', 'MERGE_CONTACT', 'FILL_BLANKS']);
    expect(['NEW', 'DUPLICATE_IN_FILE', 'MATCHES_POOL'].map((c) => importRowAction(c as never, ALL_OUT))).toEqual([
      { skip: 'SKIPPED_BY_CHOICE' },
      { skip: 'SKIPPED_BY_CHOICE' },
      { skip: 'SKIPPED_BY_CHOICE' },
    ]);
  });

  it('never imports a row matching an owned customer or an invalid row, whatever was chosen', () => {
    for (const choices of [ALL_IN, ALL_OUT]) {
      expect(importRowAction('MATCHES_OWNED', choices)).toEqual({ skip: 'OWNED_BY_SOMEONE' });
      expect(importRowAction('INVALID', choices)).toEqual({ skip: 'INVALID_FIELDS' });
    }
  });

  it('gives every class an action', () => {
    for (const c of IMPORT_ROW_CLASSES) expect(importRowAction(c, ALL_IN)).toBeDefined();
  });
});

describe('importDestinationProblems', () => {
  it('lets a rep import to themselves only', () => {
    expect(importDestinationProblems(REP, { kind: 'ONE_REP', userIds: [7], strategy: null })).toEqual([]);
    for (const destination of [
      { kind: 'POOL' as const, userIds: [], strategy: null },
      { kind: 'ONE_REP' as const, userIds: [8], strategy: null },
      { kind: 'SPREAD' as const, userIds: [7, 8], strategy: 'ROUND_ROBIN' as const },
    ]) {
      expect(importDestinationProblems(REP, destination)).toMatchObject([{ field: 'destination.kind', rule: 'NOT_AN_OPTION' }]);
    }
  });

  it("checks the shape of a manager's destination: none for the pool, one rep, or 2 to 50 with a strategy", () => {
    expect(importDestinationProblems(MANAGER, { kind: 'POOL', userIds: [], strategy: null })).toEqual([]);
    expect(importDestinationProblems(MANAGER, { kind: 'SPREAD', userIds: [7, 8], strategy: 'FEWEST_HELD_FIRST' })).toEqual([]);
    expect(importDestinationProblems(MANAGER, { kind: 'POOL', userIds: [7], strategy: null })).toMatchObject([{ field: 'destination.userIds', rule: 'NONE_FOR_POOL' }]);
    expect(importDestinationProblems(MANAGER, { kind: 'ONE_REP', userIds: [7, 8], strategy: null })).toMatchObject([{ field: 'destination.userIds', rule: 'COUNT_RANGE' }]);
    expect(importDestinationProblems(MANAGER, { kind: 'SPREAD', userIds: [7], strategy: 'ROUND_ROBIN' })).toMatchObject([{ field: 'destination.userIds', rule: 'COUNT_RANGE' }]);
    expect(importDestinationProblems(MANAGER, { kind: 'SPREAD', userIds: [7, 8, 7], strategy: 'ROUND_ROBIN' })).toMatchObject([{ field: 'destination.userIds', rule: 'LISTED_TWICE', params: { value: '7' } }]);
    expect(importDestinationProblems(MANAGER, { kind: 'SPREAD', userIds: [7, 8], strategy: null })).toMatchObject([{ field: 'destination.strategy', rule: 'REQUIRED' }]);
  });
});

describe('blankFieldsToFill', () => {
  const existing = { phone: '+86 21 5555 0101', email: null, website: '', industry: null, regionId: 4 };
  it('fills only what the customer lacks, with what the row has', () => {
    expect(blankFieldsToFill(existing, { phone: '+86 21 6666 0202', email: 'info@a.cn', website: 'a.cn', industry: null, regionId: 9 })).toEqual({ email: 'info@a.cn', website: 'a.cn' });
  });
  it('fills nothing when the row adds nothing', () => {
    expect(blankFieldsToFill(existing, { phone: null, email: null, website: null, industry: '', regionId: null })).toEqual({});
  });
});

describe('spreadAssignments across batches', () => {
  it('starts a round-robin at the turn the previous batch left', () => {
    const reps = [7, 8, 9].map((userId) => ({ userId, holdings: 0, cap: 100 }));
    const first = spreadAssignments([1, 2], reps, 'ROUND_ROBIN');
    const second = spreadAssignments([3, 4], reps, 'ROUND_ROBIN', 2);
    expect([...first, ...second].map((o) => (o.ok ? o.userId : null))).toEqual([7, 8, 9, 7]);
  });
});

describe('undo rules', () => {
  const ended = new Date('2026-12-07T09:00:00Z');
  it('keeps a customer someone moved, followed up or changed, in that order of telling', () => {
    expect(undoKeepReason({ ownershipEvents: 1, followUps: 0, otherChanges: 0 })).toBeNull();
    expect(undoKeepReason({ ownershipEvents: 2, followUps: 1, otherChanges: 1 })).toBe('MOVED_SINCE');
    expect(undoKeepReason({ ownershipEvents: 1, followUps: 1, otherChanges: 1 })).toBe('FOLLOWED_UP');
    expect(undoKeepReason({ ownershipEvents: 1, followUps: 0, otherChanges: 3 })).toBe('CHANGED_SINCE');
  });
  it('undoes only an ended import that created customers, within 24 hours', () => {
    const at = (hours: number) => new Date(ended.getTime() + hours * 3_600_000);
    expect(undoRefusal({ status: 'DONE', finishedAt: ended, createdRows: 3 }, at(24))).toBeNull();
    expect(undoRefusal({ status: 'CANCELLED', finishedAt: ended, createdRows: 3 }, at(1))).toBeNull();
    expect(undoRefusal({ status: 'DONE', finishedAt: ended, createdRows: 3 }, at(24.001))).toBe('UNDO_WINDOW_PASSED');
    expect(undoRefusal({ status: 'DONE', finishedAt: ended, createdRows: 0 }, at(1))).toBe('IMPORT_CREATED_NOTHING');
    expect(undoRefusal({ status: 'IMPORTING', finishedAt: null, createdRows: 3 }, at(1))).toBe('IMPORT_NOT_FINISHED');
    expect(undoRefusal({ status: 'UNDONE', finishedAt: ended, createdRows: 3 }, at(1))).toBe('IMPORT_NOT_FINISHED');
  });
});

describe('importPace', () => {
  const startedAt = new Date('2026-12-07T09:00:00Z');
  it('tells rows per second since the start and the time left at that pace', () => {
    expect(importPace({ doneRows: 300, totalRows: 1200, importStartedAt: startedAt }, new Date('2026-12-07T09:00:10Z'))).toEqual({ rowsPerSecond: 30, secondsLeft: 30 });
  });
  it('tells nothing before the first row', () => {
    expect(importPace({ doneRows: 0, totalRows: 1200, importStartedAt: startedAt }, new Date('2026-12-07T09:00:10Z'))).toBeNull();
    expect(importPace({ doneRows: 10, totalRows: 1200, importStartedAt: null }, new Date('2026-12-07T09:00:10Z'))).toBeNull();
  });
});
