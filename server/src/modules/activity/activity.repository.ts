import type { EntityManager } from 'typeorm';
import type { ActivityAction, ActivitySubject, FieldChange } from '@berth/domain';

/** One line of the activity log as a writer appends it. */
export interface ActivityEntry {
  customerId: number;
  subject: ActivitySubject;
  subjectId: number | null;
  action: ActivityAction;
  actorId: number | null;
  occurredAt: Date;
  /** The fields that changed; none for a whole-record action (a create, a removal, a follow-up). */
  changes?: FieldChange[];
  /** For a whole-record action: what it was about (a contact's name, a follow-up's type and text). */
  summary?: { before?: unknown; after?: unknown };
}

/** A line of the log as read back: a record change, or an owner change from the ownership trail. */
export interface ActivityRow {
  subject: ActivitySubject;
  subjectId: number | null;
  field: string | null;
  before: unknown;
  after: unknown;
  action: ActivityAction | null;
  actorId: number | null;
  occurredAt: Date;
  /** OWNER rows: the event's kind, its reason's kind, and the two owners. */
  eventKind: string | null;
  reasonKind: string | null;
  fromUserId: number | null;
  toUserId: number | null;
}

export interface ActivitySummaryRow {
  ownerChanges: number;
  ownersSoFar: number;
  followUps: number;
  edits: number;
}

/** The activity log: appended by the writers in their own transaction, read newest first. */
export class ActivityRepository {
  async append(manager: EntityManager, entries: readonly ActivityEntry[]): Promise<void> {
    // An edit that changed nothing leaves no line; a whole-record action leaves one.
    type Line = ActivityEntry & { field: string | null; before: unknown; after: unknown };
    const rows = entries.flatMap((e): Line[] =>
      e.changes
        ? e.changes.map((c): Line => ({ ...e, field: c.field, before: c.before, after: c.after }))
        : [{ ...e, field: null, before: e.summary?.before ?? null, after: e.summary?.after ?? null }],
    );
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO customer_activity (customer_id, subject, subject_id, field, before, after, action, actor_id, occurred_at)
       SELECT * FROM unnest($1::int[], $2::activity_subject[], $3::int[], $4::varchar[], $5::jsonb[], $6::jsonb[], $7::activity_action[], $8::int[], $9::timestamptz[])`,
      [
        rows.map((r) => r.customerId),
        rows.map((r) => r.subject),
        rows.map((r) => r.subjectId),
        rows.map((r) => r.field),
        rows.map((r) => (r.before === null || r.before === undefined ? null : JSON.stringify(r.before))),
        rows.map((r) => (r.after === null || r.after === undefined ? null : JSON.stringify(r.after))),
        rows.map((r) => r.action),
        rows.map((r) => r.actorId),
        rows.map((r) => r.occurredAt),
      ],
    );
  }

  /** The newest `first` lines: record changes and owner changes together, newest first. */
  latest(manager: EntityManager, customerId: number, first: number): Promise<ActivityRow[]> {
    return manager.query(
      `SELECT * FROM (
         SELECT a.subject::text AS subject, a.subject_id AS "subjectId", a.field, a.before, a.after, a.action::text AS action, a.actor_id AS "actorId",
                a.occurred_at AS "occurredAt", NULL AS "eventKind", NULL AS "reasonKind", NULL::int AS "fromUserId", NULL::int AS "toUserId", a.id AS seq, 1 AS source
           FROM customer_activity a WHERE a.customer_id = $1
         UNION ALL
         SELECT 'OWNER', NULL, 'owner', NULL, NULL, NULL, e.actor_id, e.occurred_at, e.kind::text, e.reason_detail->>'kind', e.from_user_id, e.to_user_id, e.id, 0
           FROM ownership_events e WHERE e.customer_id = $1
       ) x ORDER BY "occurredAt" DESC, source DESC, seq DESC LIMIT $2`,
      [customerId, first],
    );
  }

  async summary(manager: EntityManager, customerId: number): Promise<ActivitySummaryRow> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*)::int FROM ownership_events WHERE customer_id = $1 AND kind NOT IN ('CREATED', 'IMPORTED')) AS "ownerChanges",
              (SELECT count(DISTINCT to_user_id)::int FROM ownership_events WHERE customer_id = $1) AS "ownersSoFar",
              (SELECT count(*)::int FROM follow_ups WHERE customer_id = $1) AS "followUps",
              (SELECT count(*)::int FROM customer_activity WHERE customer_id = $1 AND action = 'EDIT') AS edits`,
      [customerId],
    );
    return row;
  }
}
