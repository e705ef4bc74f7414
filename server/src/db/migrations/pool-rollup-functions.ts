/**
 * The trigger functions that keep the pool analytics rollups current (see migration
 * 1795391700000), shared by the migrations that create and later replace them.
 */
export const COUNT_POOL_FLOWS = `CREATE OR REPLACE FUNCTION berth_count_pool_flows(counts jsonb) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT (c->>'hour')::timestamptz AS hour, (c->>'kind')::smallint AS kind, (c->>'n')::int AS n FROM jsonb_array_elements(counts) c ORDER BY 1, 2 LOOP
                    UPDATE pool_flow_hours f SET n = f.n + r.n
                     WHERE (f.hour, f.kind, f.shard) = (SELECT g.hour, g.kind, g.shard FROM pool_flow_hours g WHERE g.hour = r.hour AND g.kind = r.kind
                                                          ORDER BY g.shard LIMIT 1 FOR UPDATE SKIP LOCKED);
                    IF NOT FOUND THEN
                        INSERT INTO pool_flow_hours (hour, kind, shard, n) VALUES (r.hour, r.kind, pg_backend_pid(), r.n)
                        ON CONFLICT (hour, kind, shard) DO UPDATE SET n = pool_flow_hours.n + EXCLUDED.n;
                    END IF;
                END LOOP;
            END $$`;

export const POOL_ROLLUP_EVENTS = `CREATE OR REPLACE FUNCTION berth_pool_rollup_events() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE moves boolean; others boolean;
            BEGIN
                -- A customer created into the pool (an import) counts as inflow 5; ::text, as 'IMPORTED' joined the kinds later.
                -- A sweep's statement holds only recycles: their counts come with the pool entries, so it only closes moves.
                SELECT bool_or(kind IN ('CLAIMED', 'ASSIGNED')), bool_or(to_user_id IS NOT NULL OR kind::text IN ('CREATED', 'IMPORTED')) INTO moves, others FROM new_rows;
                IF others THEN
                PERFORM berth_count_pool_flows(coalesce(jsonb_agg(jsonb_build_object('hour', hour, 'kind', kind, 'n', n)), '[]'))
                   FROM (SELECT berth_utc_hour(occurred_at) AS hour, CASE kind WHEN 'CLAIMED' THEN 6 WHEN 'ASSIGNED' THEN 7 ELSE 5 END AS kind, count(*) AS n
                           FROM new_rows WHERE kind IN ('CLAIMED', 'ASSIGNED') OR (kind::text IN ('CREATED', 'IMPORTED') AND to_user_id IS NULL) GROUP BY 1, 2) c;

                INSERT INTO pool_rep_hours (rep_id, hour, kind, shard, n)
                SELECT rep, hour, kind, pg_backend_pid() % 8, count(*) FROM (
                    SELECT to_user_id AS rep, berth_utc_hour(occurred_at) AS hour, CASE kind WHEN 'CLAIMED' THEN 6 ELSE 7 END AS kind
                      FROM new_rows WHERE kind IN ('CLAIMED', 'ASSIGNED')
                    UNION ALL SELECT to_user_id, berth_utc_hour(occurred_at), 8 FROM new_rows WHERE to_user_id IS NOT NULL AND kind NOT IN ('CLAIMED', 'ASSIGNED')
                    UNION ALL SELECT from_user_id, berth_utc_hour(occurred_at), 9 FROM new_rows WHERE from_user_id IS NOT NULL AND to_user_id IS NOT NULL
                ) x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                ON CONFLICT (rep_id, hour, kind, shard) DO UPDATE SET n = pool_rep_hours.n + EXCLUDED.n;
                END IF;

                -- Claims and assignments from before this statement: their owner (and, on an entry, their stay out of the pool) ends here.
                UPDATE pool_moves m SET owned_until = coalesce(m.owned_until, x.first_at), next_pool_at = x.first_pool_at
                  FROM (SELECT customer_id, min(occurred_at) AS first_at, min(occurred_at) FILTER (WHERE to_user_id IS NULL) AS first_pool_at, min(id) AS first_id
                          FROM new_rows GROUP BY customer_id) x
                 WHERE m.customer_id = x.customer_id AND m.next_pool_at IS NULL AND m.event_id < x.first_id;

                -- This statement's claims and assignments (a bulk load writes whole histories at once): the
                -- statement's own later events end them; the event before the first of a customer's is in the trail.
                IF moves THEN
                INSERT INTO pool_moves (event_id, customer_id, rep_id, kind, at, entered_at, owned_until, next_pool_at, source)
                SELECT x.id, x.customer_id, x.to_user_id, CASE x.kind WHEN 'CLAIMED' THEN 6 ELSE 7 END, x.occurred_at,
                       CASE WHEN x.prev_at IS NOT NULL THEN CASE WHEN x.prev_to_null THEN x.prev_at END
                            ELSE (SELECT CASE WHEN p.to_user_id IS NULL THEN p.occurred_at END FROM ownership_events p
                                   WHERE p.customer_id = x.customer_id AND (p.occurred_at, p.id) < (x.occurred_at, x.id)
                                   ORDER BY p.occurred_at DESC, p.id DESC LIMIT 1) END,
                       x.next_at, x.next_pool_at, c.source
                  FROM (SELECT e.id, e.customer_id, e.to_user_id, e.kind, e.occurred_at,
                               lag(e.occurred_at) OVER w AS prev_at, lag(e.to_user_id IS NULL) OVER w AS prev_to_null, lead(e.occurred_at) OVER w AS next_at,
                               min(CASE WHEN e.to_user_id IS NULL THEN e.occurred_at END) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_pool_at
                          FROM new_rows e WINDOW w AS (PARTITION BY e.customer_id ORDER BY e.occurred_at, e.id)) x
                  JOIN customers c ON c.id = x.customer_id
                 WHERE x.kind IN ('CLAIMED', 'ASSIGNED') AND x.to_user_id IS NOT NULL;
                END IF;
                RETURN NULL;
            END $$`;

export const POOL_ROLLUP_ENTRIES = `CREATE OR REPLACE FUNCTION berth_pool_rollup_entries() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM berth_count_pool_flows(coalesce(jsonb_agg(jsonb_build_object('hour', hour, 'kind', kind, 'n', n)), '[]'))
                   FROM (SELECT berth_utc_hour(entered_at) AS hour, berth_entry_flow_kind(kind, reason) AS kind, count(*) AS n FROM new_rows GROUP BY 1, 2) c;
                -- Per rep, one row per rep, hour, kind and backend slot: concurrent batches rarely share a slot.
                INSERT INTO pool_rep_hours (rep_id, hour, kind, shard, n)
                SELECT previous_owner_id, berth_utc_hour(entered_at), berth_entry_flow_kind(kind, reason), pg_backend_pid() % 8, count(*)
                  FROM new_rows WHERE previous_owner_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                ON CONFLICT (rep_id, hour, kind, shard) DO UPDATE SET n = pool_rep_hours.n + EXCLUDED.n;
                -- A recycle with two earlier ones within 366 days, and when the earlier of those two was:
                -- a window holds 3 recycles exactly when it holds such a mark whose second_previous_at is in it.
                INSERT INTO churn_marks (customer_id, at, second_previous_at)
                SELECT x.customer_id, x.entered_at, x.second_previous_at FROM (
                    SELECT r.customer_id, r.entered_at,
                           (SELECT p.entered_at FROM pool_entries p WHERE p.customer_id = r.customer_id AND p.kind::text = 'RECYCLED' -- ::text: probe by customer, never by kind
                              AND (p.entered_at, p.id) < (r.entered_at, r.id) ORDER BY p.entered_at DESC, p.id DESC OFFSET 1 LIMIT 1) AS second_previous_at
                      FROM new_rows r WHERE r.kind = 'RECYCLED') x
                 WHERE x.second_previous_at > x.entered_at - interval '366 days';
                RETURN NULL;
            END $$`;

/** The churn marks of the trail already written (see berth_pool_rollup_entries). */
export const CHURN_MARKS_BACKFILL = `INSERT INTO churn_marks (customer_id, at, second_previous_at)
    SELECT customer_id, entered_at, second_previous_at FROM (
      SELECT customer_id, entered_at, lag(entered_at, 2) OVER (PARTITION BY customer_id ORDER BY entered_at, id) AS second_previous_at
        FROM pool_entries WHERE kind = 'RECYCLED') x
     WHERE second_previous_at > entered_at - interval '366 days'`;
