/**
 * The baseline `pnpm bench:analytics` measures the product beside: what the pool CRMs that have
 * analytics do (issue #10), aggregating the raw owner-change rows on every request, written as
 * plain SQL over ownership_events, pool_entries and follow_ups with their existing indexes.
 */
import type { DataSource } from 'typeorm';

export interface BaselineFlowDay {
  day: string;
  stockAtEnd: number;
  recycledNoFollowUp: number;
  recycledNoDeal: number;
  returned: number;
  released: number;
  imported: number;
  claimed: number;
  assigned: number;
  activated: number;
}

/**
 * Pool flows by team day for the whole company over `days` days ending today: inflow by kind,
 * outflow, claims activated within 48 hours, and the stock at each day's end — today's pool as
 * the trail says it (each customer's latest event) minus the net flow after each day.
 */
export async function baselinePoolFlows(ds: DataSource, now: Date, days: number, timeZone: string): Promise<BaselineFlowDay[]> {
  return ds.query(
    `WITH range AS (
       SELECT ((date_trunc('day', $1::timestamptz AT TIME ZONE $3) - make_interval(days => $2 - 1)) AT TIME ZONE $3) AS start_at
     ),
     daily AS (
       SELECT (e.occurred_at AT TIME ZONE $3)::date AS day,
              count(*) FILTER (WHERE e.kind = 'RECYCLED' AND e.reason LIKE '%no valid follow-up%')::int AS recycled_no_follow_up,
              count(*) FILTER (WHERE e.kind = 'RECYCLED' AND e.reason NOT LIKE '%no valid follow-up%')::int AS recycled_no_deal,
              count(*) FILTER (WHERE e.kind = 'RETURNED' AND p.kind = 'RETURNED')::int AS returned,
              count(*) FILTER (WHERE e.kind = 'RETURNED' AND p.kind = 'RELEASED')::int AS released,
              count(*) FILTER (WHERE e.kind = 'CREATED' AND e.to_user_id IS NULL)::int AS imported,
              count(*) FILTER (WHERE e.kind = 'CLAIMED')::int AS claimed,
              count(*) FILTER (WHERE e.kind = 'ASSIGNED')::int AS assigned,
              count(*) FILTER (WHERE e.kind = 'CLAIMED' AND EXISTS (
                SELECT 1 FROM follow_ups f WHERE f.customer_id = e.customer_id AND f.author_id = e.to_user_id AND f.counted
                   AND f.occurred_at >= e.occurred_at AND f.occurred_at < e.occurred_at + interval '48 hours'))::int AS activated,
              (count(*) FILTER (WHERE e.to_user_id IS NULL) - count(*) FILTER (WHERE e.kind IN ('CLAIMED', 'ASSIGNED')))::int AS net
         FROM ownership_events e
         LEFT JOIN pool_entries p ON e.kind = 'RETURNED' AND p.customer_id = e.customer_id AND p.entered_at = e.occurred_at
        WHERE e.occurred_at >= (SELECT start_at FROM range)
        GROUP BY 1
     ),
     pool_now AS (
       SELECT count(*)::int AS n FROM (
         SELECT DISTINCT ON (customer_id) to_user_id FROM ownership_events ORDER BY customer_id, occurred_at DESC, id DESC
       ) latest WHERE to_user_id IS NULL
     ),
     days AS (
       SELECT g::date AS day FROM generate_series((SELECT start_at FROM range) AT TIME ZONE $3, $1::timestamptz AT TIME ZONE $3, interval '1 day') g
     )
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
            ((SELECT n FROM pool_now) - coalesce((SELECT sum(net) FROM daily a WHERE a.day > d.day), 0))::int AS "stockAtEnd",
            coalesce(x.recycled_no_follow_up, 0) AS "recycledNoFollowUp", coalesce(x.recycled_no_deal, 0) AS "recycledNoDeal",
            coalesce(x.returned, 0) AS returned, coalesce(x.released, 0) AS released, coalesce(x.imported, 0) AS imported,
            coalesce(x.claimed, 0) AS claimed, coalesce(x.assigned, 0) AS assigned, coalesce(x.activated, 0) AS activated
       FROM days d LEFT JOIN daily x USING (day) ORDER BY d.day`,
    [now, days, timeZone],
  );
}

export interface BaselineRepLoad {
  repId: number;
  holdings: number;
  claimsToday: number;
  followedUpIn7Days: number;
  lastActivityAt: Date | null;
}

/**
 * A department's load from the raw trail: who holds what is each touched customer's latest
 * event; claims today and follow-ups in 7 days are counted from the events and follow-ups.
 * (Protection ends are not replayed here: a raw-events desk has no protection rule to replay.)
 */
export async function baselineTeamLoad(ds: DataSource, departmentPath: string, now: Date, timeZone: string): Promise<BaselineRepLoad[]> {
  return ds.query(
    `WITH reps AS (
       SELECT u.id FROM users u JOIN departments d ON d.id = u.department_id WHERE d.path LIKE $1 || '%' AND u.role IN ('REP', 'MANAGER')
     ),
     touched AS (
       SELECT DISTINCT e.customer_id FROM ownership_events e WHERE e.actor_id IN (SELECT id FROM reps) OR e.from_user_id IN (SELECT id FROM reps)
     ),
     latest AS (
       SELECT DISTINCT ON (e.customer_id) e.customer_id, e.to_user_id, e.kind, e.occurred_at
         FROM ownership_events e WHERE e.customer_id IN (SELECT customer_id FROM touched)
        ORDER BY e.customer_id, e.occurred_at DESC, e.id DESC
     ),
     today AS (SELECT (date_trunc('day', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3) AS start_at)
     SELECT r.id AS "repId",
            (SELECT count(*) FROM latest l WHERE l.to_user_id = r.id)::int AS holdings,
            (SELECT count(*) FROM latest l WHERE l.to_user_id = r.id AND l.kind = 'CLAIMED' AND l.occurred_at >= (SELECT start_at FROM today))::int AS "claimsToday",
            (SELECT count(DISTINCT f.customer_id) FROM follow_ups f WHERE f.author_id = r.id AND f.counted AND f.occurred_at >= $2::timestamptz - interval '7 days')::int AS "followedUpIn7Days",
            greatest((SELECT max(f.occurred_at) FROM follow_ups f WHERE f.author_id = r.id), (SELECT max(e.occurred_at) FROM ownership_events e WHERE e.actor_id = r.id)) AS "lastActivityAt"
       FROM reps r ORDER BY r.id`,
    [departmentPath, now, timeZone],
  );
}
