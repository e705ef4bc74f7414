import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, addTeamDays, claimDay, computeProtectionEnd, isValidFollowUp, type FollowUpType, type PoolPolicy } from '@berth/domain';
import { generateHistory, type GeneratedHistory, type HistoryShape } from '../../server/src/db/seed/history/generate-history';

/**
 * The generated history the demo seed, the analytics parity test and bench:analytics share: the
 * same shape always gives the same history, and the history is one the server could have
 * written — no rule of the default policy is broken anywhere in it. Pure: no database.
 */
const ZONE = 'Europe/Berlin';
// Six months across the spring-forward night of 29 March 2026 in Berlin.
const SHAPE: HistoryShape = { start: new Date('2026-01-05T00:00:00Z'), end: new Date('2026-07-01T00:00:00Z'), timeZone: ZONE, departments: 2, repsPerDepartment: 4, customers: 1800, seed: 7 };
const POLICY: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: ZONE };
const history = generateHistory(SHAPE);

type Timed = { at: number; order: number; apply: () => void };

/** Replays events, status changes and follow-ups together in time order (events first at one instant, as they happen first). */
function replay(h: GeneratedHistory, visit: { event?: (e: GeneratedHistory['events'][number], owners: Map<string, string | null>) => void; followUp?: (f: GeneratedHistory['followUps'][number], owners: Map<string, string | null>) => void }) {
  const owners = new Map<string, string | null>();
  const items: Timed[] = [
    ...h.events.map((e, i) => ({ at: e.occurredAt.getTime(), order: i, apply: () => (visit.event?.(e, owners), owners.set(e.customerKey, e.toKey)) })),
    ...h.followUps.map((f, i) => ({ at: f.occurredAt.getTime(), order: 1e9 + i, apply: () => visit.followUp?.(f, owners) })),
  ];
  items.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const item of items) item.apply();
  return owners;
}

describe('generated ownership history', () => {
  it('is the same for the same shape, and different for another seed', () => {
    expect(JSON.stringify(generateHistory(SHAPE))).toBe(JSON.stringify(history));
    expect(generateHistory({ ...SHAPE, seed: 8 }).events.length).not.toBe(history.events.length);
  });

  it('crosses a daylight-saving change with at least 5,000 events, all inside the range and in time order', () => {
    const offset = (d: Date) => new Intl.DateTimeFormat('en', { timeZone: ZONE, timeZoneName: 'shortOffset' }).format(d);
    expect(offset(SHAPE.start)).not.toBe(offset(SHAPE.end));
    expect(history.events.length).toBeGreaterThanOrEqual(5_000);
    const times = history.events.map((e) => e.occurredAt.getTime());
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(SHAPE.start.getTime());
    expect(times[times.length - 1]).toBeLessThan(SHAPE.end.getTime());
    for (const list of [history.followUps.map((f) => f.occurredAt), history.statusChanges.map((s) => s.changedAt)]) {
      expect(list.every((d, i) => i === 0 || d >= list[i - 1])).toBe(true);
    }
  });

  it('keeps one owner at a time: a claim or assignment only from the pool, a return or recycle only from the owner', () => {
    const created = new Set<string>();
    const problems: string[] = [];
    replay(history, {
      event: (e, owners) => {
        const current = owners.has(e.customerKey) ? owners.get(e.customerKey)! : undefined;
        const bad = (why: string) => problems.push(`${e.kind} of ${e.customerKey} at ${e.occurredAt.toISOString()}: ${why}`);
        if (e.kind === 'CREATED') {
          if (created.has(e.customerKey)) bad('created twice');
          created.add(e.customerKey);
          if (e.fromKey !== null || e.actorKey === null) bad('a creation comes from nobody, by someone');
          return;
        }
        if (!created.has(e.customerKey)) bad('before its creation');
        if (e.kind === 'CLAIMED' || e.kind === 'ASSIGNED') {
          if (current !== null) bad(`taken while ${current} owns it`);
          if (e.fromKey !== null || e.toKey === null || e.poolEntryKind !== null) bad('not from the pool to a rep');
          if (e.kind === 'CLAIMED' && e.actorKey !== e.toKey) bad('claimed on someone else’s behalf');
          if (e.kind === 'ASSIGNED' && e.actorKey === e.toKey) bad('assigned by the assignee');
        } else if (e.kind === 'RETURNED' || e.kind === 'RECYCLED') {
          if (current === null || current !== e.fromKey) bad(`given up by ${e.fromKey} while ${current} owns it`);
          if (e.toKey !== null || e.poolEntryKind === null || !e.reason) bad('not into the pool with a reason');
          if (e.kind === 'RECYCLED' && (e.actorKey !== null || e.poolEntryKind !== 'RECYCLED' || !e.reason?.startsWith('recycled: '))) bad('a recycle is the sweep’s');
        } else bad('unexpected kind');
      },
    });
    expect(problems.slice(0, 5)).toEqual([]);
    expect(created.size).toBe(SHAPE.customers);
  });

  it('claims within the daily limit, the holding cap and the previous-owner cooldown', () => {
    const holdings = new Map<string, number>();
    const claims = new Map<string, number>();
    const lost = new Map<string, Date>(); // customer|rep → when it last left the rep
    const problems: string[] = [];
    replay(history, {
      event: (e) => {
        if (e.kind === 'CLAIMED' || e.kind === 'ASSIGNED') {
          const held = holdings.get(e.toKey!) ?? 0;
          if (held >= POLICY.holdingCap) problems.push(`${e.kind} by ${e.toKey} holding ${held}`);
        }
        if (e.kind === 'CLAIMED') {
          const day = `${e.toKey}|${claimDay(e.occurredAt, ZONE)}`;
          claims.set(day, (claims.get(day) ?? 0) + 1);
          if (claims.get(day)! > POLICY.dailyClaimLimit) problems.push(`${claims.get(day)} claims on ${day}`);
          const lastLost = lost.get(`${e.customerKey}|${e.toKey}`);
          if (lastLost && e.occurredAt < addTeamDays(lastLost, POLICY.previousOwnerCooldownDays, ZONE)) problems.push(`${e.toKey} re-claimed ${e.customerKey} in the cooldown`);
        }
        if (e.fromKey) {
          holdings.set(e.fromKey, holdings.get(e.fromKey)! - 1);
          lost.set(`${e.customerKey}|${e.fromKey}`, e.occurredAt);
        }
        if (e.toKey) holdings.set(e.toKey, (holdings.get(e.toKey) ?? 0) + 1);
      },
    });
    expect(problems.slice(0, 5)).toEqual([]);
    expect(Math.max(...claims.values())).toBe(POLICY.dailyClaimLimit); // someone does claim up to the limit
  });

  it('has follow-ups written by the owner of the moment, counted exactly when the policy says they count', () => {
    const problems: string[] = [];
    replay(history, {
      followUp: (f, owners) => {
        if (owners.get(f.customerKey) !== f.authorKey) problems.push(`${f.authorKey} followed up ${f.customerKey} owned by ${owners.get(f.customerKey)}`);
        if (f.counted !== isValidFollowUp(f, POLICY)) problems.push(`${f.customerKey}: counted is ${f.counted}`);
      },
    });
    expect(problems.slice(0, 5)).toEqual([]);
    expect(history.followUps.some((f) => f.counted)).toBe(true);
    expect(history.followUps.some((f) => !f.counted)).toBe(true);
  });

  it('ends with every owned customer still protected or excluded: the sweep took every due one', () => {
    const owners = replay(history, {});
    const status = new Map(history.statusChanges.map((s) => [s.customerKey, s.status]));
    const tier = new Map(history.customers.map((c) => [c.key, c.tierCode]));
    const ownedSince = new Map<string, Date>();
    for (const e of history.events) if (e.toKey) ownedSince.set(e.customerKey, e.occurredAt);
    const followUps = new Map<string, { type: FollowUpType; content: string; at: Date }[]>();
    for (const f of history.followUps) followUps.set(f.customerKey, [...(followUps.get(f.customerKey) ?? []), { type: f.type, content: f.content, at: f.occurredAt }]);
    const overdue = [...owners]
      .filter(([key, owner]) => owner !== null && status.get(key) !== 'WON')
      .filter(([key]) => {
        const end = computeProtectionEnd({ ownedSince: ownedSince.get(key)!, tier: tier.get(key)!, followUps: followUps.get(key) ?? [], hasWonDeal: false, policy: POLICY });
        // The sweep runs a few minutes after an end, and has just run when the history ends.
        return end.getTime() < SHAPE.end.getTime();
      });
    expect(overdue).toEqual([]);
  });

  it('tells the stories the desk charts: wins, returns with the policy’s reasons, both recycle rules, releases, imports, boomerangs and churn loops', () => {
    const kinds = (kind: string) => history.events.filter((e) => e.kind === kind);
    const labels = POLICY.returnReasons.map((r) => r.label);
    expect(kinds('ASSIGNED').length).toBeGreaterThan(20);
    expect(kinds('CLAIMED').length).toBeGreaterThan(500);
    const returns = kinds('RETURNED').filter((e) => e.poolEntryKind === 'RETURNED');
    expect(returns.length).toBeGreaterThan(50);
    expect(returns.every((e) => labels.some((label) => e.reason!.startsWith(`returned: ${label}`)))).toBe(true);
    expect(kinds('RETURNED').some((e) => e.poolEntryKind === 'RELEASED' && e.actorKey !== e.fromKey)).toBe(true);
    expect(kinds('RECYCLED').some((e) => e.reason!.includes('no valid follow-up'))).toBe(true);
    expect(kinds('RECYCLED').some((e) => e.reason!.includes('no won deal'))).toBe(true);
    expect(kinds('CREATED').some((e) => e.toKey === null)).toBe(true);
    expect(history.statusChanges.filter((s) => s.status === 'WON').length).toBeGreaterThan(50);

    const recycles = new Map<string, number>();
    for (const e of kinds('RECYCLED')) recycles.set(e.customerKey, (recycles.get(e.customerKey) ?? 0) + 1);
    expect([...recycles.values()].filter((n) => n >= 3).length).toBeGreaterThan(10);

    // A boomerang: taken from the pool and back in it within 30 days.
    const takenAt = new Map<string, Date>();
    let boomerangs = 0;
    let reclaimedByPreviousOwner = 0;
    const previous = new Map<string, string>();
    for (const e of history.events) {
      if (e.kind === 'CLAIMED' || e.kind === 'ASSIGNED') {
        takenAt.set(e.customerKey, e.occurredAt);
        if (previous.get(e.customerKey) === e.toKey) reclaimedByPreviousOwner++;
      }
      if (e.toKey === null && e.fromKey) {
        const taken = takenAt.get(e.customerKey);
        if (taken && e.occurredAt.getTime() - taken.getTime() <= 30 * 86_400_000) boomerangs++;
        previous.set(e.customerKey, e.fromKey);
      }
    }
    expect(boomerangs).toBeGreaterThan(20);
    expect(reclaimedByPreviousOwner).toBeGreaterThan(0);
  });
});
