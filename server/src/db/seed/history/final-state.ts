import type { CustomerStatus, FollowUpType } from '@berth/domain';
import type { GeneratedHistory } from './generate-history';

/** Where a generated customer stands once its history has played out: what its rows say at the end. */
export interface FinalState {
  ownerKey: string | null;
  /** When the last owner got it; null in the pool. */
  ownedSince: Date | null;
  /** The last owner change (for a pool customer: when it entered the pool). */
  ownerChangedAt: Date;
  status: CustomerStatus;
  /** The last time a person touched it: a hand-over, a status change or a follow-up (recycles do not touch, as in the sweep). */
  updatedAt: Date;
  /** Follow-ups since the last owner got it: what its protection end is computed from. */
  followUpsSince: { type: FollowUpType; content: string; at: Date }[];
}

export function finalStates(history: GeneratedHistory): Map<string, FinalState> {
  const states = new Map<string, FinalState>();
  for (const c of history.customers) {
    states.set(c.key, { ownerKey: null, ownedSince: null, ownerChangedAt: c.createdAt, status: 'NEW', updatedAt: c.createdAt, followUpsSince: [] });
  }
  const later = (a: Date, b: Date) => (b > a ? b : a);
  for (const e of history.events) {
    const s = states.get(e.customerKey)!;
    s.ownerKey = e.toKey;
    s.ownedSince = e.toKey === null ? null : e.occurredAt;
    s.ownerChangedAt = e.occurredAt;
    if (e.kind !== 'RECYCLED') s.updatedAt = later(s.updatedAt, e.occurredAt);
  }
  for (const sc of history.statusChanges) {
    const s = states.get(sc.customerKey)!;
    s.status = sc.status;
    s.updatedAt = later(s.updatedAt, sc.changedAt);
  }
  for (const f of history.followUps) {
    const s = states.get(f.customerKey)!;
    s.updatedAt = later(s.updatedAt, f.occurredAt);
    if (s.ownedSince && f.occurredAt >= s.ownedSince) s.followUpsSince.push({ type: f.type, content: f.content, at: f.occurredAt });
  }
  return states;
}
