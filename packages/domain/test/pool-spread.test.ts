import { describe, expect, it } from 'vitest';
import { BerthError, spreadAssignments, type AssignableRep, type AssignmentOutcome } from '../src';

const rep = (userId: number, holdings: number, cap = 200): AssignableRep => ({ userId, holdings, cap });
/** Each outcome as the rep id, or the refusal code. */
const owners = (outcomes: AssignmentOutcome[]) => outcomes.map((o) => (o.ok ? o.userId : o.code));

describe('spreadAssignments', () => {
  it.each([
    ['ROUND_ROBIN in the order given', 'ROUND_ROBIN', [rep(1, 0), rep(2, 0), rep(3, 0)], 5, [1, 2, 3, 1, 2]],
    ['ROUND_ROBIN ignores current load', 'ROUND_ROBIN', [rep(1, 150), rep(2, 0)], 4, [1, 2, 1, 2]],
    ['ROUND_ROBIN skips a full rep and keeps the turn', 'ROUND_ROBIN', [rep(1, 0), rep(2, 10, 10), rep(3, 0)], 4, [1, 3, 1, 3]],
    ['ROUND_ROBIN fills a rep up to the cap, then skips them', 'ROUND_ROBIN', [rep(1, 8, 10), rep(2, 0)], 6, [1, 2, 1, 2, 2, 2]],
    ['FEWEST_HELD_FIRST evens out the load', 'FEWEST_HELD_FIRST', [rep(1, 5), rep(2, 2), rep(3, 0)], 6, [3, 3, 2, 3, 2, 3]],
    ['FEWEST_HELD_FIRST breaks ties by list order', 'FEWEST_HELD_FIRST', [rep(1, 1), rep(2, 1)], 3, [1, 2, 1]],
    ['FEWEST_HELD_FIRST respects caps', 'FEWEST_HELD_FIRST', [rep(1, 0, 1), rep(2, 5, 7)], 4, [1, 2, 2, 'HOLDING_CAP_REACHED']],
    ['one rep: everything to them', 'ROUND_ROBIN', [rep(4, 0)], 3, [4, 4, 4]],
    [
      'every rep full: each remaining customer refused, the rest still decided',
      'ROUND_ROBIN',
      [rep(1, 9, 10), rep(2, 10, 10)],
      3,
      [1, 'HOLDING_CAP_REACHED', 'HOLDING_CAP_REACHED'],
    ],
  ] as const)('%s', (_name, strategy, reps, count, expected) => {
    const ids = Array.from({ length: count }, (_, i) => 100 + i);
    const outcomes = spreadAssignments(ids, reps, strategy);
    expect(outcomes.map((o) => o.customerId)).toEqual(ids);
    expect(owners(outcomes)).toEqual(expected);
  });

  it('never puts a rep over their cap', () => {
    const reps = [rep(1, 3, 10), rep(2, 0, 4), rep(3, 9, 12)];
    for (const strategy of ['ROUND_ROBIN', 'FEWEST_HELD_FIRST'] as const) {
      const outcomes = spreadAssignments(Array.from({ length: 30 }, (_, i) => i + 1), reps, strategy);
      for (const r of reps) expect(r.holdings + outcomes.filter((o) => o.ok && o.userId === r.userId).length).toBeLessThanOrEqual(r.cap);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(7 + 4 + 3);
    }
  });

  it('explains a refusal', () => {
    expect(spreadAssignments([1], [rep(1, 1, 1)], 'ROUND_ROBIN')).toEqual([
      { customerId: 1, ok: false, code: 'HOLDING_CAP_REACHED', message: 'Every chosen rep is at their holding cap.' },
    ]);
  });

  it.each([
    ['no reps', [1], [], 'reps: must list at least one'],
    ['a rep twice', [1], [rep(1, 0), rep(1, 0)], 'reps: lists 1 twice'],
    ['a customer twice', [1, 1], [rep(1, 0)], 'customerIds: lists 1 twice'],
  ])('refuses %s as bad input', (_name, ids, reps, message) => {
    expect(() => spreadAssignments(ids, reps, 'ROUND_ROBIN')).toThrow(BerthError);
    expect(() => spreadAssignments(ids, reps, 'ROUND_ROBIN')).toThrow(message);
  });
});
