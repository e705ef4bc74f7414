import { isWithinSubtree } from '../department-tree';
import { fieldProblem, type ErrorCode, type FieldProblem } from '../errors';
import { spreadAssignments, type AssignableRep } from '../pool/spread';
import type { Viewer } from '../visibility';

/** Where a transfer's customers go: all to ONE rep, SPREAD over several by remaining capacity, or back to the POOL. */
export const TRANSFER_RECEIVER_MODES = ['ONE', 'SPREAD', 'POOL'] as const;
export type TransferReceiverMode = (typeof TRANSFER_RECEIVER_MODES)[number];

/**
 * A transfer request's life: PENDING until an approver decides (REJECTED moves nothing), QUEUED
 * once approved (or when no approval was needed), RUNNING while its background job works through
 * the snapshot, DONE when every item has an outcome.
 */
export const TRANSFER_STATUSES = ['PENDING', 'REJECTED', 'QUEUED', 'RUNNING', 'DONE'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Which moves wait for an approver (part of the pool policy; PRODUCT.md: departures and moves across departments). */
export interface TransferApprovalPolicy {
  /** A transfer of all of a rep's customers (someone leaving) waits for approval. */
  departuresNeedApproval: boolean;
  /** A move from a rep to a rep of another department waits for approval. */
  crossDepartmentMovesNeedApproval: boolean;
}

export const TRANSFER_LIMITS = { receivers: 50, keepReadDaysMax: 90, noteMax: 500, commentMax: 500 } as const;

/** A move between reps of different departments (a move into the pool never crosses). */
export function crossesDepartments(fromDepartmentPath: string | null, toDepartmentPath: string | null): boolean {
  return fromDepartmentPath !== toDepartmentPath;
}

/**
 * Whether a manager's move must wait for an approver. An admin's never does: admins are the last
 * approvers, and asking another admin to approve an admin's own move would only add a click.
 */
export function needsApproval(
  policy: TransferApprovalPolicy,
  move: { actor: Viewer; departure: boolean; fromDepartmentPath: string | null; receiverDepartmentPaths: readonly (string | null)[] },
): boolean {
  if (move.actor.role === 'ADMIN') return false;
  if (move.departure && policy.departuresNeedApproval) return true;
  return policy.crossDepartmentMovesNeedApproval && move.receiverDepartmentPaths.some((path) => crossesDepartments(move.fromDepartmentPath, path));
}

/**
 * Why `viewer` may not approve or reject this request, or null: it is decided once, by an admin
 * or by a manager whose department lies above the requester's, and never by the requester.
 */
export function decisionRefusal(
  viewer: Viewer,
  request: { status: TransferStatus; requestedById: number; requesterDepartmentPath: string | null },
): ErrorCode | null {
  if (request.status !== 'PENDING') return 'ALREADY_DECIDED';
  if (request.requestedById === viewer.userId) return 'CANNOT_DECIDE_OWN';
  if (viewer.role === 'ADMIN') return null;
  const above =
    viewer.role === 'MANAGER' &&
    viewer.departmentPath !== null &&
    request.requesterDepartmentPath !== null &&
    request.requesterDepartmentPath !== viewer.departmentPath &&
    isWithinSubtree(request.requesterDepartmentPath, viewer.departmentPath);
  return above ? null : 'FORBIDDEN';
}

/**
 * Who may see a request and follow its progress: admins, whoever asked, and the managers whose
 * team includes the rep whose customers move.
 */
export function canSeeTransfer(viewer: Viewer, request: { requestedById: number; fromDepartmentPath: string | null }): boolean {
  if (viewer.role === 'ADMIN' || viewer.userId === request.requestedById) return true;
  return viewer.role === 'MANAGER' && viewer.departmentPath !== null && request.fromDepartmentPath !== null && isWithinSubtree(request.fromDepartmentPath, viewer.departmentPath);
}

/** The request's own problems, before anyone is looked up: the receivers fit the mode, the note and the read-only days are in range. */
/** Who gives and who gets: all a preview needs. */
export interface TransferPlanInput {
  fromUserId: number;
  receiverMode: TransferReceiverMode;
  toUserIds: readonly number[];
}

/** The receivers' problems: what a preview checks before counting anything. */
export function transferPlanProblems(input: TransferPlanInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { receiverMode, toUserIds } = input;
  if (receiverMode === 'POOL' && toUserIds.length > 0) problems.push(fieldProblem('toUserIds', 'NONE_FOR_POOL'));
  if (receiverMode === 'ONE' && toUserIds.length !== 1) problems.push(fieldProblem('toUserIds', 'COUNT_RANGE', { min: 1, max: 1 }));
  if (receiverMode === 'SPREAD' && (toUserIds.length < 1 || toUserIds.length > TRANSFER_LIMITS.receivers)) {
    problems.push(fieldProblem('toUserIds', 'COUNT_RANGE', { min: 1, max: TRANSFER_LIMITS.receivers }));
  }
  if (toUserIds.includes(input.fromUserId)) problems.push(fieldProblem('toUserIds', 'RECEIVER_IS_SOURCE'));
  return problems;
}

/** A request's problems: its plan's, then the read-access days and the note the approver reads. */
export function transferRequestProblems(input: TransferPlanInput & { keepReadDays: number | null; note: string }): FieldProblem[] {
  const problems = transferPlanProblems(input);
  if (input.keepReadDays !== null && (!Number.isInteger(input.keepReadDays) || input.keepReadDays < 1 || input.keepReadDays > TRANSFER_LIMITS.keepReadDaysMax)) {
    problems.push(fieldProblem('keepReadDays', 'BETWEEN', { min: 1, max: TRANSFER_LIMITS.keepReadDaysMax }));
  }
  const note = input.note.trim();
  if (note === '') problems.push(fieldProblem('note', 'REQUIRED'));
  else if (note.length > TRANSFER_LIMITS.noteMax) problems.push(fieldProblem('note', 'TOO_LONG', { max: TRANSFER_LIMITS.noteMax }));
  return problems;
}

/**
 * Who gets each customer: everyone to the one rep, spread over the chosen reps by remaining
 * capacity (the rep holding fewest first; all share one cap), or the pool (null). A customer no
 * receiver has room for still goes to the rep with the most room and is reported as over the cap
 * when it runs — the preview warns before anyone approves.
 */
export function planTransfer(customerIds: readonly number[], mode: TransferReceiverMode, receivers: readonly AssignableRep[]): { customerId: number; toUserId: number | null }[] {
  if (mode === 'POOL') return customerIds.map((customerId) => ({ customerId, toUserId: null }));
  const spread = spreadAssignments(customerIds, receivers, 'FEWEST_HELD_FIRST');
  const roomiest = [...receivers].sort((a, b) => b.cap - b.holdings - (a.cap - a.holdings))[0].userId;
  return spread.map((step) => ({ customerId: step.customerId, toUserId: step.ok ? step.userId : roomiest }));
}
