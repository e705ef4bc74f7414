/** A notice a person gets because someone else moved customers of theirs or to them. */
export interface MoveNotice {
  userId: number;
  /** ASSIGNED: given to you. REASSIGNED: moved from you to `receiverId`. RELEASED: moved from you to the pool. */
  kind: 'ASSIGNED' | 'REASSIGNED' | 'RELEASED';
  customerId: number;
  receiverId: number | null;
}

/**
 * Who hears of a manager's moves: the rep who got a customer, and the rep who lost one (to a
 * colleague or to the pool). Nobody is told of their own move, so a rep's claim or return, and
 * the sweep (no actor, its own notices), yield none here.
 */
export function moveNotices(actorId: number, moves: readonly { customerId: number; from: number | null; to: number | null }[]): MoveNotice[] {
  const notices: MoveNotice[] = [];
  for (const { customerId, from, to } of moves) {
    if (to !== null && to !== actorId) notices.push({ userId: to, kind: 'ASSIGNED', customerId, receiverId: null });
    if (from !== null && from !== actorId) notices.push({ userId: from, kind: to === null ? 'RELEASED' : 'REASSIGNED', customerId, receiverId: to });
  }
  return notices;
}
