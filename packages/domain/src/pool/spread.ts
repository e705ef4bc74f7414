import { BerthError, fieldProblem, type FieldProblem } from '../errors';

export const ASSIGNMENT_STRATEGIES = ['ROUND_ROBIN', 'FEWEST_HELD_FIRST'] as const;
/** ROUND_ROBIN: reps in the order given, in turn. FEWEST_HELD_FIRST: always the rep holding fewest, ties to the earlier in the list. */
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

export interface AssignableRep {
  userId: number;
  /** Customers the rep holds now, counted as the holding cap counts them (WON left out if the policy says so). */
  holdings: number;
  /** Most the rep may hold: usually the policy's `holdingCap`. */
  cap: number;
}

export type AssignmentOutcome =
  | { customerId: number; ok: true; userId: number }
  | { customerId: number; ok: false; code: 'HOLDING_CAP_REACHED'; message: string };

/**
 * Who gets each customer of a manager's bulk assignment, one result per customer in input
 * order. A rep at their cap is skipped; when every rep is full, the customer is refused with
 * HOLDING_CAP_REACHED and the rest are still decided. One rep in `reps` = assign all to them.
 */
export function spreadAssignments(
  customerIds: readonly number[],
  reps: readonly AssignableRep[],
  strategy: AssignmentStrategy,
  /** ROUND_ROBIN: whose turn it is first (an index into `reps`), for a spread dealt out in several batches. */
  startAt = 0,
): AssignmentOutcome[] {
  assertSpreadable(customerIds, reps);
  const held = reps.map((r) => r.holdings);
  const hasRoom = (i: number) => held[i] < reps[i].cap;
  let next = reps.length ? startAt % reps.length : 0;
  return customerIds.map((customerId) => {
    const i = strategy === 'ROUND_ROBIN' ? nextInTurn(next, reps.length, hasRoom) : fewestHeld(held, hasRoom);
    if (i === null) return { customerId, ok: false, code: 'HOLDING_CAP_REACHED', message: 'Every chosen rep is at their holding cap.' };
    held[i] += 1;
    next = i + 1;
    return { customerId, ok: true, userId: reps[i].userId };
  });
}

function nextInTurn(start: number, count: number, hasRoom: (i: number) => boolean): number | null {
  for (let step = 0; step < count; step++) {
    const i = (start + step) % count;
    if (hasRoom(i)) return i;
  }
  return null;
}

function fewestHeld(held: readonly number[], hasRoom: (i: number) => boolean): number | null {
  let best: number | null = null;
  for (let i = 0; i < held.length; i++) {
    if (hasRoom(i) && (best === null || held[i] < held[best])) best = i;
  }
  return best;
}

/** Bad input, not an outcome: the server validates the request before asking. */
function assertSpreadable(customerIds: readonly number[], reps: readonly AssignableRep[]) {
  const problems: FieldProblem[] = [];
  if (reps.length === 0) problems.push(fieldProblem('reps', 'AT_LEAST_ONE'));
  if (new Set(reps.map((r) => r.userId)).size !== reps.length) problems.push(fieldProblem('reps', 'LISTED_TWICE', { value: repeated(reps.map((r) => r.userId)) }));
  if (new Set(customerIds).size !== customerIds.length) problems.push(fieldProblem('customerIds', 'LISTED_TWICE', { value: repeated(customerIds) }));
  if (problems.length > 0) throw BerthError.badInput(problems);
}

/** The first value that appears twice, to name in the problem. */
function repeated<T>(values: readonly T[]): string {
  return String(values.find((v, i) => values.indexOf(v) !== i));
}
