import { ERROR_CODES, fieldProblem, type ErrorCode, type FieldProblem } from '../errors';
import { isInOwnTeam } from '../team';
import { canSeeCustomer, type CustomerOwnership, type Viewer } from '../visibility';
import type { PoolPolicy } from './policy';
import { needsApproval } from '../transfers/transfer-rules';

/** What a rep holds, as the claim and assignment rules read it. */
export interface Holdings {
  /** Customers the rep owns now, WON ones included. */
  holdings: number;
  /** How many of `holdings` are WON. */
  wonHoldings: number;
}

/** The holdings the holding cap counts: WON customers are left out when the policy says so. */
export function countedHoldings(held: Holdings, policy: Pick<PoolPolicy, 'holdingCapCountsWon'>): number {
  return policy.holdingCapCountsWon ? held.holdings : held.holdings - held.wonHoldings;
}

/**
 * What a claim, an assignment or a release may look at: a pool customer (everyone browses the
 * pool) or one in the viewer's scope. Anything else — another team's customer — is answered
 * exactly like an id that names nothing (NOT_VISIBLE), so a refusal never confirms that a hidden
 * customer exists, let alone that someone owns it.
 */
export function inPoolOrScope<T extends CustomerOwnership>(viewer: Viewer, customer: T | null): customer is T {
  return customer !== null && (customer.ownerId === null || canSeeCustomer(viewer, customer));
}

/** A person who may be given customers, as the request check needs them. */
export interface Receiver {
  userId: number;
  name: string;
  departmentPath: string | null;
  disabled: boolean;
}

/**
 * Why `actor` may not give customers to the person `id` names, or null. Someone outside the
 * actor's team is refused word for word like an id nobody has: the answer names nobody and does
 * not tell whether the id exists. The team check comes first, so an outsider's name or disabled
 * account never shows either.
 */
export function receiverProblem(actor: Viewer, id: number, receiver: Receiver | null | undefined, field = 'toUserIds'): FieldProblem | null {
  if (!receiver || !isInOwnTeam(actor, receiver)) return fieldProblem(field, 'NOT_IN_YOUR_TEAM', { id: String(id) });
  if (receiver.disabled) return fieldProblem(field, 'REP_DISABLED', { name: receiver.name });
  return null;
}

/** Refusal codes of `decideAssignment`, in the order it checks them. */
export const ASSIGNMENT_REFUSAL_CODES = ['NOT_VISIBLE', 'ALREADY_OWNED', 'NEEDS_APPROVAL', 'HOLDING_CAP_REACHED'] as const;
export type AssignmentRefusalCode = (typeof ASSIGNMENT_REFUSAL_CODES)[number];
const ASSIGNMENT_REFUSALS_ARE_ERROR_CODES: readonly ErrorCode[] = ASSIGNMENT_REFUSAL_CODES;
void ASSIGNMENT_REFUSALS_ARE_ERROR_CODES;

export interface AssignmentInput {
  /** The manager or admin giving the customer. */
  actor: Viewer;
  /** The customer's owner side now; null when no customer has the id. */
  customer: CustomerOwnership | null;
  /** Who is to receive it (already checked by `receiverProblem`), where they sit, and what they hold now. */
  receiver: { userId: number; departmentPath: string | null } & Holdings;
  policy: Pick<PoolPolicy, 'holdingCap' | 'holdingCapCountsWon' | 'departuresNeedApproval' | 'crossDepartmentMovesNeedApproval'>;
}

export type AssignmentDecision =
  | { ok: true; kind: 'ASSIGNED' | 'TRANSFERRED' }
  | { ok: false; code: AssignmentRefusalCode; message: string };

/**
 * Whether `actor` may give this customer to the receiver now: from the pool (an ASSIGNED move)
 * or from a rep in the actor's scope (TRANSFERRED). A move between departments that the policy
 * puts behind an approval is refused here (NEEDS_APPROVAL): it goes through a transfer request.
 * The receiver's holdings are counted as the holding cap counts them; a collaborator's access
 * never counts, only ownership.
 */
export function decideAssignment({ actor, customer, receiver, policy }: AssignmentInput): AssignmentDecision {
  if (!inPoolOrScope(actor, customer)) return { ok: false, code: 'NOT_VISIBLE', message: ERROR_CODES.NOT_VISIBLE.defaultMessage };
  if (customer.ownerId === receiver.userId) return { ok: false, code: 'ALREADY_OWNED', message: 'This rep already owns the customer.' };
  const move = { actor, departure: false, fromDepartmentPath: customer.ownerDepartmentPath, receiverDepartmentPaths: [receiver.departmentPath] };
  if (customer.ownerId !== null && needsApproval(policy, move)) {
    return { ok: false, code: 'NEEDS_APPROVAL', message: ERROR_CODES.NEEDS_APPROVAL.defaultMessage };
  }
  if (countedHoldings(receiver, policy) >= policy.holdingCap) {
    return { ok: false, code: 'HOLDING_CAP_REACHED', message: `The rep already holds ${policy.holdingCap} customers, the cap.` };
  }
  return { ok: true, kind: customer.ownerId === null ? 'ASSIGNED' : 'TRANSFERRED' };
}

export type ReleaseDecision = { ok: true } | { ok: false; code: 'NOT_VISIBLE' | 'IN_POOL'; message: string };

/**
 * Whether `actor` may release this customer to the pool: a manager within their scope, an admin
 * anywhere, a rep only what they own (a rep's own give-back is a return, with the policy's
 * reasons). A customer already in the pool is reported as such, never released twice.
 */
export function decideRelease(actor: Viewer, customer: CustomerOwnership | null): ReleaseDecision {
  if (!inPoolOrScope(actor, customer)) return { ok: false, code: 'NOT_VISIBLE', message: ERROR_CODES.NOT_VISIBLE.defaultMessage };
  if (customer.ownerId === null) return { ok: false, code: 'IN_POOL', message: ERROR_CODES.IN_POOL.defaultMessage };
  return { ok: true };
}

export const RELEASE_NOTE_MAX = 500;

/** A release must say why, in at most RELEASE_NOTE_MAX characters: the reps who look at the pool read it. */
export function releaseNoteProblems(note: string | null | undefined): FieldProblem[] {
  const text = note?.trim() ?? '';
  if (text === '') return [fieldProblem('note', 'REQUIRED')];
  if (text.length > RELEASE_NOTE_MAX) return [fieldProblem('note', 'TOO_LONG', { max: RELEASE_NOTE_MAX })];
  return [];
}
