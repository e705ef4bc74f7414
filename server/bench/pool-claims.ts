/**
 * The claim half of `pnpm bench:pool`: one concurrent workload run twice, once through the
 * product's ClaimService and once through a naive check-then-act claim, then the damage each
 * left behind counted from the database.
 */
import type { DataSource } from 'typeorm';
import { claimDay, computeProtectionEnd, decideClaim, type PoolPolicy, type Viewer } from '@berth/domain';
import type { Clock } from '../src/clock';
import { ClaimRepository } from '../src/modules/pool/claim.repository';
import { percentiles } from './bench-support';
import { prng } from '../src/db/seed/history/prng';

/** One claim attempt by `viewer`; resolves to the refusal code, or null when it succeeded. */
export type ClaimOnce = (viewer: Viewer, customerId: number) => Promise<string | null>;

export interface Workload {
  clients: number;
  attemptsPerClient: number;
  /** How far past its cursor a client may pick: the rows of a pool page it is looking at. */
  window: number;
}

/**
 * `clients` callers at once, two per rep (a rep with two tabs open: the only way one rep's
 * quota can race). Every client walks the same pool list from the top, each attempt picking a
 * seeded-random row within `window` of its cursor: a small window is reps rushing the same
 * fresh entries at 9 am, a window the size of the pool is claims spread over it. Both variants
 * replay identical sequences.
 */
export async function runClaims(reps: number[], pool: number[], w: Workload, claimOnce: ClaimOnce) {
  const times: number[] = [];
  const outcomes = new Map<string, number>();
  const successes: { repId: number; customerId: number }[] = [];
  const client = async (c: number) => {
    const viewer: Viewer = { userId: reps[c % reps.length], role: 'REP', departmentPath: null };
    for (const customerId of claimPicks(c, w, pool)) {
      const start = process.hrtime.bigint();
      const refusal = await claimOnce(viewer, customerId);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      outcomes.set(refusal ?? 'CLAIMED', (outcomes.get(refusal ?? 'CLAIMED') ?? 0) + 1);
      if (refusal === null) successes.push({ repId: viewer.userId, customerId });
    }
  };
  const start = Date.now();
  await Promise.all(Array.from({ length: w.clients }, (_, c) => client(c)));
  const seconds = (Date.now() - start) / 1000;
  return { attempts: times.length, seconds, perSecond: times.length / seconds, latency: percentiles(times), outcomes, successes };
}

/** The customers client `c` tries, in order: the same sequence for every variant and transport. */
export function claimPicks(c: number, w: Workload, pool: number[]): number[] {
  // Seeded, so every variant and transport replays the same picks.
  const random = prng(c + 1).next;
  return Array.from({ length: w.attemptsPerClient }, (_, i) => pool[(i + Math.floor(random() * w.window)) % pool.length]);
}

/**
 * The claim as it is usually first written: the same rule (decideClaim) over the same facts,
 * but read without locks (the display read for the quota), then a plain UPDATE by id. Each
 * attempt is still one transaction, so the ownership-event trigger is satisfied.
 */
export function naiveClaim(ds: DataSource, policy: () => Promise<PoolPolicy>, clock: Clock): ClaimOnce {
  const repo = new ClaimRepository();
  return async (viewer, customerId) => {
    const p = await policy();
    return ds.transaction(async (m) => {
      const now = clock.now();
      const day = claimDay(now, p.teamTimeZone);
      const [facts] = await m.query(
        `SELECT o.owner_id AS "ownerId", c.tier_code AS "tierCode",
                (SELECT max(e.entered_at) FROM pool_entries e WHERE e.customer_id = c.id) AS "enteredPoolAt",
                (SELECT max(e.entered_at) FROM pool_entries e WHERE e.customer_id = c.id AND e.previous_owner_id = $2) AS "lastLostAt"
           FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = $1`,
        [customerId, viewer.userId],
      );
      const quota = await repo.readQuota(m, viewer.userId, day);
      const decision = decideClaim({
        claimant: { userId: viewer.userId },
        customer: { ownerId: facts?.ownerId ?? null },
        now,
        policy: p,
        ...quota,
        lastLostAt: facts?.lastLostAt ?? null,
        enteredPoolAt: facts?.enteredPoolAt ?? null,
        visible: facts !== undefined,
      });
      if (!decision.ok) return decision.code;
      const protectedUntil = computeProtectionEnd({ ownedSince: now, tier: facts.tierCode, followUps: [], hasWonDeal: false, policy: p });
      await m.query(`UPDATE customer_ownership SET owner_id = $2, owned_since = $3, owner_changed_at = $3, protected_until = $4 WHERE customer_id = $1`, [
        customerId,
        viewer.userId,
        now,
        protectedUntil,
      ]);
      await m.query(
        `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at) VALUES ($1, NULL, $2, 'CLAIMED', NULL, $2, $3)`,
        [customerId, viewer.userId, now],
      );
      await m.query(
        `INSERT INTO claim_counters (user_id, day, claims) VALUES ($1, $2, 1) ON CONFLICT (user_id, day) DO UPDATE SET claims = claim_counters.claims + 1`,
        [viewer.userId, day],
      );
      return null;
    });
  };
}

/** What the run broke, counted from the ownership trail and the customers table, not from the callers. */
export async function violations(ds: DataSource, reps: number[], pool: number[], successes: { repId: number; customerId: number }[], policy: PoolPolicy) {
  const [row] = await ds.query(
    `SELECT
       (SELECT count(*) FROM (SELECT customer_id FROM ownership_events WHERE kind = 'CLAIMED' AND customer_id = ANY($2)
                                GROUP BY customer_id HAVING count(DISTINCT to_user_id) > 1) x)::int AS "twoOwners",
       (SELECT count(*) FROM (SELECT to_user_id FROM ownership_events WHERE kind = 'CLAIMED' AND to_user_id = ANY($1)
                                GROUP BY to_user_id HAVING count(*) > $3) x)::int AS "overDailyLimit",
       (SELECT count(*) FROM (SELECT owner_id FROM customer_ownership WHERE owner_id = ANY($1)
                                GROUP BY owner_id HAVING count(*) > $4) x)::int AS "overHoldingCap",
       (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM ownership_events WHERE kind = 'CLAIMED' AND to_user_id = ANY($1)
                                GROUP BY to_user_id) x)::int AS "mostClaimsByOneRep"`,
    [reps, pool, policy.dailyClaimLimit, policy.holdingCap],
  );
  const owners: { id: number; ownerId: number | null }[] = await ds.query(`SELECT customer_id AS id, owner_id AS "ownerId" FROM customer_ownership WHERE customer_id = ANY($1)`, [
    successes.map((s) => s.customerId),
  ]);
  const ownerOf = new Map(owners.map((o) => [o.id, o.ownerId]));
  // A caller told "claimed" whose customer now belongs to someone else lost it silently.
  const lostClaims = successes.filter((s) => ownerOf.get(s.customerId) !== s.repId).length;
  return { ...(row as { twoOwners: number; overDailyLimit: number; overHoldingCap: number; mostClaimsByOneRep: number }), lostClaims };
}
