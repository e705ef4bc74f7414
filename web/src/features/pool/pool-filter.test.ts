import { describe, expect, it } from 'vitest';
import { activeFilterCount, toPoolFilterInput } from './pool-filter';

const now = new Date('2026-11-22T10:00:00.000Z');

describe('toPoolFilterInput', () => {
  it('turns "over 7 days" into entered before now minus a week', () => {
    expect(toPoolFilterInput({ timeInPool: 'OVER_WEEK', entryKinds: ['RETURNED'] }, now)).toEqual({
      entryKinds: ['RETURNED'],
      enteredBefore: '2026-11-15T10:00:00.000Z',
    });
    expect(toPoolFilterInput({ timeInPool: 'OVER_MONTH' }, now)).toEqual({ enteredBefore: '2026-10-23T10:00:00.000Z' });
  });

  it('turns recent arrivals into entered after, and leaves the customer filters as they are', () => {
    expect(toPoolFilterInput({ timeInPool: 'LAST_DAY', tier: 'A', source: 'Referral' }, now)).toEqual({
      tier: 'A',
      source: 'Referral',
      enteredAfter: '2026-11-21T10:00:00.000Z',
    });
    expect(toPoolFilterInput({ timeInPool: 'LAST_WEEK' }, now)).toEqual({ enteredAfter: '2026-11-15T10:00:00.000Z' });
    expect(toPoolFilterInput({ text: 'acme' }, now)).toEqual({ text: 'acme' });
  });

  it('counts the filters set besides the search text', () => {
    expect(activeFilterCount({ text: 'acme', tier: 'A', entryKinds: ['RECYCLED'], timeInPool: 'OVER_WEEK' })).toBe(3);
  });
});
