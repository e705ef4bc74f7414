import type { EntryReason, OwnershipEventKind } from '@berth/domain';
import type { PoolEntryKind } from './pool-entry.entity';

/**
 * How a customer changes hands. Each is written as an ownership event of the same kind, except a
 * release: a RETURNED event (the manager as actor) with a RELEASED pool entry, as the trail has
 * always recorded it.
 */
export type OwnerMoveKind = 'CLAIMED' | 'ASSIGNED' | 'TRANSFERRED' | 'RETURNED' | 'RECYCLED' | 'RELEASED';

/** One change of owner for the ledger to apply. */
export interface OwnerMove {
  customerId: number;
  kind: OwnerMoveKind;
  /** Who must own the customer when the move applies (null = the pool): a move made stale by a claim, return or sweep in between is not applied. */
  from: number | null;
  /** The new owner; null = into the pool. */
  to: number | null;
  /** Who did it; null = the system (the recycle sweep). */
  actorId: number | null;
  /** The new owner's protection end; null into the pool. */
  protectedUntil: Date | null;
  /** Why it entered the pool (recycle, return, release). */
  reason?: EntryReason | null;
  /** Apply only if the stored protection end has passed by `now` (the sweep: a follow-up in between wins). */
  onlyIfDue?: boolean;
  /** The transfer request this move carries out, and who approved it (null: it needed no approval). */
  transfer?: { requestId: number; approverId: number | null };
}

export const EVENT_KIND_OF: Record<OwnerMoveKind, OwnershipEventKind> = {
  CLAIMED: 'CLAIMED',
  ASSIGNED: 'ASSIGNED',
  TRANSFERRED: 'TRANSFERRED',
  RETURNED: 'RETURNED',
  RECYCLED: 'RECYCLED',
  RELEASED: 'RETURNED',
};

/** The pool entry a move into the pool leaves; null for moves to a rep. */
export function entryKindOf(move: Pick<OwnerMove, 'kind' | 'to'>): PoolEntryKind | null {
  if (move.to !== null) return null;
  if (move.kind === 'RECYCLED' || move.kind === 'RETURNED' || move.kind === 'RELEASED') return move.kind;
  throw new Error(`A ${move.kind} move cannot put a customer in the pool.`);
}
