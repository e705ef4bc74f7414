import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { commitErrors, DEFAULT_CHOICES, destinationInput, destinationProblems, rowsToWrite } from './commit-choices';
import type { DestinationDraft } from './commit-choices';

const { t } = createI18n('en', 'UTC');
const MANAGER = { id: 'u9', role: 'MANAGER' };
const REP = { id: 'u1', role: 'REP' };
const ADA = { id: 'u2', name: 'Ada Rep' };
const BEN = { id: 'u3', name: 'Ben Rep' };
const draft = (kind: DestinationDraft['kind'], reps = [ADA, BEN]): DestinationDraft => ({ kind, reps, strategy: 'FEWEST_HELD_FIRST' });
const counts = { NEW: 24, DUPLICATE_IN_FILE: 2, MATCHES_POOL: 1, MATCHES_OWNED: 2, INVALID: 1 };

describe('what an import step sends', () => {
  it('counts the rows the choices write; owned and invalid rows never', () => {
    expect(rowsToWrite(counts, DEFAULT_CHOICES)).toBe(27);
    expect(rowsToWrite(counts, { newRows: 'SKIP', duplicateInFile: 'SKIP', matchesPool: 'FILL_BLANKS' })).toBe(1);
  });

  it('sends a rep’s own id whatever the form holds, the pool with nobody, a strategy only for a spread', () => {
    expect(destinationInput(draft('POOL'), REP)).toEqual({ kind: 'ONE_REP', userIds: ['u1'] });
    expect(destinationInput(draft('POOL'), MANAGER)).toEqual({ kind: 'POOL', userIds: [] });
    expect(destinationInput(draft('ONE_REP', [BEN]), MANAGER)).toEqual({ kind: 'ONE_REP', userIds: ['u3'] });
    expect(destinationInput(draft('SPREAD'), MANAGER)).toEqual({ kind: 'SPREAD', userIds: ['u2', 'u3'], strategy: 'FEWEST_HELD_FIRST' });
  });

  it('asks a manager for one rep, or two to fifty for a spread', () => {
    expect(destinationProblems(draft('POOL', []), MANAGER)).toEqual([]);
    expect(destinationProblems(draft('ONE_REP', []), MANAGER).map((p) => p.params)).toEqual([{ min: 1, max: 1 }]);
    expect(destinationProblems(draft('SPREAD', [ADA]), MANAGER).map((p) => p.params)).toEqual([{ min: 2, max: 50 }]);
    expect(destinationProblems(draft('SPREAD'), MANAGER)).toEqual([]);
    expect(destinationProblems(draft('ONE_REP', []), REP)).toEqual([]);
  });

  it('places problems by field, naming the rep a refusal is about', () => {
    const problems = [
      { field: 'destination.userIds', rule: 'NOT_IN_YOUR_TEAM', message: 'user u3 is not in your team', params: { id: 'u3' } },
      { field: 'destination.strategy', rule: 'REQUIRED', message: 'is required' },
      { field: 'destination.kind', rule: 'NOT_AN_OPTION', message: 'is not one of the choices' },
      { field: 'choices.newRows', rule: 'NOT_AN_OPTION', message: 'is not one of the choices' },
    ] as const;
    const names = new Map([[BEN.id, BEN.name]]);
    expect(commitErrors([...problems], t, { names, choosesDestination: true })).toEqual({
      userIds: 'Ben Rep is not in your team',
      strategy: 'How to share them is required',
      kind: 'Where new customers go is not one of the choices',
      general: ['New is not one of the choices'],
    });
    expect(commitErrors([problems[2]], t, { names, choosesDestination: false })).toEqual({ general: ['Where new customers go is not one of the choices'] });
  });
});
