import {
  DEFAULT_POOL_POLICY,
  calendarDate,
  computeProtectionEnd,
  decideClaim,
  entryReasonText,
  isValidFollowUp,
  recycleDecision,
  returnedReason,
  teamDayWindow,
  type CustomerStatus,
  type EntryReason,
  type FollowUpType,
  type PoolPolicy,
} from '@berth/domain';
import { MinHeap } from './min-heap';
import { prng } from './prng';
import {
  BRANDS,
  CITIES,
  COUNTED_NOTES,
  FIRST_NAMES,
  IMPORT_SOURCE,
  INDUSTRIES,
  LAST_NAMES,
  LEGAL_FORMS,
  REGIONS,
  RELEASE_REASONS,
  RETURN_NOTES,
  SOURCES,
  TRADES,
  UNCOUNTED_NOTES,
} from './history-names';

/**
 * A team's ownership history, generated: reps create customers and follow some of them up,
 * some advance to WON, idle ones are recycled when their protection ends, some are returned,
 * and pool customers are claimed (within the daily limit, the holding cap and the previous-owner
 * cooldown) or assigned by managers. Every decision goes through the domain's own rules
 * (computeProtectionEnd, recycleDecision, decideClaim, isValidFollowUp), so the history is one
 * the server could have written. Pure and deterministic: no IO, no clock, one seeded PRNG.
 *
 * Used by the demo seed (six months), the analytics parity test and `pnpm bench:analytics`.
 */
export interface HistoryShape {
  start: Date;
  end: Date;
  timeZone: string;
  departments: number;
  repsPerDepartment: number;
  customers: number;
  seed: number;
  /** Prefix of every key (and of department names), so several generated teams can share one database. */
  keyPrefix?: string;
  /** No claim or assignment from this instant on (the demo keeps "claims today" at zero on first start). */
  claimsEnd?: Date;
  /** The policy the team works under; default DEFAULT_POOL_POLICY. Its time zone is replaced by `timeZone`. */
  policy?: PoolPolicy;
}

export type HistoryEventKind = 'CREATED' | 'CLAIMED' | 'ASSIGNED' | 'TRANSFERRED' | 'RETURNED' | 'RECYCLED';
export type PoolEntryKind = 'RECYCLED' | 'RETURNED' | 'RELEASED';

export interface HistoryEvent {
  customerKey: string;
  kind: HistoryEventKind;
  fromKey: string | null;
  toKey: string | null;
  actorKey: string | null;
  reason: string | null;
  /** Set when the event put the customer into the pool (a pool_entries row goes with it). A manager's release is a RETURNED event with a RELEASED entry. */
  poolEntryKind: PoolEntryKind | null;
  /** A return's reason code from the policy. */
  reasonCode: string | null;
  /** A recycle's or return's reason as data, as the services keep it. */
  reasonDetail: EntryReason | null;
  occurredAt: Date;
}

export interface GeneratedHistory {
  departments: { key: string; name: string; parentKey: string | null }[];
  reps: { key: string; name: string; email: string; departmentKey: string; role: 'REP' | 'MANAGER' }[];
  customers: { key: string; companyName: string; tierCode: string; source: string; industry: string; region: string; createdAt: Date; creatorKey: string }[];
  /** Every owner change in time order, consistent: a claim only from the pool, a recycle/return only from an owner, etc. */
  events: HistoryEvent[];
  statusChanges: { customerKey: string; status: CustomerStatus; changedAt: Date; actorKey: string | null }[];
  followUps: { customerKey: string; authorKey: string; type: FollowUpType; content: string; occurredAt: Date; counted: boolean }[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const POOL = -1;
const COUNTED_TYPES: FollowUpType[] = ['CALL', 'VISIT', 'MEETING', 'EMAIL'];

/** What the agenda holds; lower `order` goes first at the same instant (recycles before a follow-up logged at that moment). */
const enum Act {
  Recheck = 0,
  Create = 1,
  Return = 2,
  Release = 3,
  Work = 4,
  Maintain = 5,
  Idle = 6,
  ClaimSession = 7,
  AssignSession = 8,
  DayStart = 9,
}

interface Agendum {
  t: number;
  act: Act;
  /** Customer index, or rep index for sessions. */
  who: number;
  /** The ownership the action belongs to; a stale one (the customer moved on) is dropped. */
  epoch: number;
  /** Sessions: claims or assignments still wanted. */
  left: number;
  seq: number;
}

export function generateHistory(shape: HistoryShape): GeneratedHistory {
  const policy: PoolPolicy = { ...(shape.policy ?? DEFAULT_POOL_POLICY), teamTimeZone: shape.timeZone };
  const zone = shape.timeZone;
  const r = prng(shape.seed);
  const prefix = shape.keyPrefix ?? '';
  const start = shape.start.getTime();
  const end = shape.end.getTime();
  const claimsEnd = shape.claimsEnd?.getTime() ?? Infinity;

  // --- The team: per department one manager and its reps; every odd department is a sub-team of the one before.
  const departments: GeneratedHistory['departments'] = [];
  const reps: GeneratedHistory['reps'] = [];
  const managerOf: number[] = []; // department → rep index of its manager
  const repsOf: number[][] = []; // department → rep indices of its REPs
  const deptOf: number[] = []; // rep index → department
  for (let d = 0; d < shape.departments; d++) {
    const key = `${prefix}d${d}`;
    departments.push({ key, name: `${prefix ? `${prefix} ` : ''}Team ${d + 1}`, parentKey: d % 2 === 1 ? `${prefix}d${d - 1}` : null });
    managerOf.push(reps.length);
    deptOf.push(d);
    reps.push(person(`${prefix}m${d}`, 'MANAGER', key));
    repsOf.push([]);
    for (let i = 0; i < shape.repsPerDepartment; i++) {
      repsOf[d].push(reps.length);
      deptOf.push(d);
      reps.push(person(`${prefix}r${d}-${i}`, 'REP', key));
    }
  }
  function person(key: string, role: 'REP' | 'MANAGER', departmentKey: string) {
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    return { key, name, email: `${key.toLowerCase().replace(/[^a-z0-9-]/g, '')}@history.berth.test`, departmentKey, role };
  }
  const salesReps = repsOf.flat();
  const repCount = reps.length;
  const holdings = new Int32Array(repCount);
  const wonHeld = new Int32Array(repCount);
  const claimsToday = new Int32Array(repCount);
  const claimDayOf = new Int32Array(repCount).fill(-1);
  // Some reps claim up to the daily limit whenever they can; most take a few.
  const greedy = reps.map(() => r.chance(0.12));

  // --- Customers, in order of creation. Some are imported straight into the pool in a few batches.
  const n = shape.customers;
  const importMoments = Array.from({ length: Math.max(1, Math.round((end - start) / (30 * DAY))) }, () => r.between(start, end)).sort((a, b) => a - b);
  const createdAt: number[] = [];
  const imported: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const isImport = r.chance(0.08);
    imported.push(isImport);
    createdAt.push(isImport ? r.pick(importMoments) + r.int(900) * 1000 : r.between(start, end));
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => createdAt[a] - createdAt[b] || a - b);
  const customers: GeneratedHistory['customers'] = [];
  const tier: string[] = [];
  const hardness = new Float64Array(n); // how likely an owner neglects it
  const appeal = new Float64Array(n); // how likely a rep browsing the pool takes it
  const created = new Float64Array(n);
  const creatorOf = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const i = order[c];
    const isImport = imported[i];
    const creator = isImport ? managerOf[r.int(shape.departments)] : r.pick(salesReps);
    const t = r.next();
    tier.push(t < 0.15 ? 'A' : t < 0.5 ? 'B' : 'C');
    hardness[c] = r.chance(0.25) ? r.between(0.6, 1) : r.between(0, 0.5);
    appeal[c] = r.chance(0.2) ? r.between(0.02, 0.15) : r.between(0.4, 1);
    created[c] = Math.round(createdAt[i]);
    creatorOf[c] = creator;
    customers.push({
      key: `${prefix}c${c}`,
      companyName: companyName(c, r.pick(LEGAL_FORMS)),
      tierCode: tier[c],
      source: isImport ? IMPORT_SOURCE : r.pick(SOURCES),
      industry: r.pick(INDUSTRIES),
      region: r.pick(REGIONS),
      createdAt: new Date(created[c]),
      creatorKey: reps[creator].key,
    });
  }
  // From here on customers are indexed in creation order.
  for (let c = 0; c < n; c++) imported[c] = customers[c].source === IMPORT_SOURCE;

  // --- Customer state.
  const owner = new Int32Array(n).fill(POOL);
  const epoch = new Int32Array(n);
  const ownedSince = new Float64Array(n);
  const status: CustomerStatus[] = new Array(n).fill('NEW');
  const followUpsOf: { type: FollowUpType; content: string; at: Date }[][] = Array.from({ length: n }, () => []);
  const enteredPool = new Float64Array(n);
  const lostBy: Map<number, number>[] = Array.from({ length: n }, () => new Map()); // rep → when it last left them
  const pool: number[] = [];
  const poolPos = new Int32Array(n).fill(-1);

  const events: HistoryEvent[] = [];
  const statusChanges: GeneratedHistory['statusChanges'] = [];
  const followUps: GeneratedHistory['followUps'] = [];

  let seq = 0;
  let clock = start;
  const agenda = new MinHeap<Agendum>((a, b) => a.t < b.t || (a.t === b.t && (a.act < b.act || (a.act === b.act && a.seq < b.seq))));
  const plan = (t: number, act: Act, who: number, ep = 0, left = 0) => {
    if (t < end && t >= clock) agenda.push({ t: Math.round(t), act, who, epoch: ep, left, seq: seq++ });
  };

  for (let c = 0; c < n; c++) plan(created[c], Act.Create, c);
  const firstDay = teamDayWindow(new Date(start), zone);
  let dayIndex = 0;
  plan(Math.max(start, firstDay.start.getTime()), Act.DayStart, 0, 0, dayIndex);

  // --- Helpers that change state and record what happened.
  const key = (rep: number) => reps[rep].key;
  const record = (
    c: number,
    kind: HistoryEventKind,
    from: number | null,
    to: number | null,
    actor: number | null,
    t: number,
    reason: string | EntryReason | null = null,
    poolEntryKind: PoolEntryKind | null = null,
  ) =>
    events.push({
      customerKey: customers[c].key,
      kind,
      fromKey: from === null ? null : key(from),
      toKey: to === null ? null : key(to),
      actorKey: actor === null ? null : key(actor),
      reason: typeof reason === 'string' || reason === null ? reason : entryReasonText(reason),
      poolEntryKind,
      reasonCode: typeof reason === 'object' && reason?.kind === 'RETURNED' ? reason.code : null,
      reasonDetail: typeof reason === 'object' ? reason : null,
      occurredAt: new Date(t),
    });
  const setStatus = (c: number, s: CustomerStatus, t: number, actor: number | null) => {
    const was = status[c];
    status[c] = s;
    statusChanges.push({ customerKey: customers[c].key, status: s, changedAt: new Date(t), actorKey: actor === null ? null : key(actor) });
    const o = owner[c];
    if (o !== POOL && (was === 'WON') !== (s === 'WON')) wonHeld[o] += s === 'WON' ? 1 : -1;
  };
  const intoPool = (c: number, t: number) => {
    owner[c] = POOL;
    epoch[c]++;
    enteredPool[c] = t;
    poolPos[c] = pool.length;
    pool.push(c);
  };
  const outOfPool = (c: number) => {
    const i = poolPos[c];
    const last = pool.pop()!;
    if (last !== c) {
      pool[i] = last;
      poolPos[last] = i;
    }
    poolPos[c] = -1;
  };
  const leaveOwner = (c: number, t: number) => {
    const o = owner[c];
    holdings[o]--;
    if (status[c] === 'WON') wonHeld[o]--;
    lostBy[c].set(o, t);
    intoPool(c, t);
  };
  const facts = (c: number) => ({
    id: c,
    ownerId: owner[c],
    ownedSince: new Date(ownedSince[c]),
    tier: tier[c],
    status: status[c],
    locked: false,
    hasWonDeal: status[c] === 'WON',
    followUps: followUpsOf[c],
  });
  /**
   * The sweep runs every few minutes: a customer is recycled shortly after its protection ends.
   * At the very end the sweep has just run, so nobody ends the history with a lapsed protection.
   */
  const sweepAfter = (protectionEnd: number) => Math.min(protectionEnd + 30_000 + r.int(300) * 1000, Math.max(protectionEnd, end - 1));

  /** A rep gets the customer (created, claimed or assigned) and decides what to do with it. */
  const takeOver = (c: number, rep: number, t: number) => {
    owner[c] = rep;
    epoch[c]++;
    ownedSince[c] = t;
    followUpsOf[c] = [];
    holdings[rep]++;
    if (status[c] === 'WON') wonHeld[rep]++;
    const ep = epoch[c];
    const end0 = computeProtectionEnd({ ownedSince: new Date(t), tier: tier[c], followUps: [], hasWonDeal: status[c] === 'WON', policy }).getTime();
    plan(sweepAfter(end0), Act.Recheck, c, ep);
    if (status[c] === 'WON') return plan(t + r.between(1, 20) * DAY, Act.Maintain, c, ep);
    const neglect = 0.12 + 0.6 * hardness[c];
    const u = r.next();
    if (u < neglect) {
      // Neglected: maybe a note or an unanswered call, nothing that counts; the sweep takes it back.
      for (let k = r.int(3); k > 0; k--) plan(t + r.between(0.2, 28) * DAY, Act.Idle, c, ep);
    } else if (u < neglect + 0.12) {
      if (r.chance(0.5)) plan(t + r.between(0.05, 2) * DAY, Act.Work, c, ep, 1);
      plan(t + r.between(0.5, 20) * DAY, Act.Return, c, ep);
    } else if (u < neglect + 0.135) {
      plan(t + r.between(3, 25) * DAY, Act.Release, c, ep);
    } else {
      // Worked: a first contact, often within two days (activation), then regular follow-ups.
      plan(t + (r.chance(0.7) ? r.between(0.05, 2) : r.between(2, 6)) * DAY, Act.Work, c, ep);
    }
  };
  const validity = new Map<string, boolean>();
  const logFollowUp = (c: number, t: number, type: FollowUpType, content: string) => {
    const at = new Date(t);
    followUpsOf[c].push({ type, content, at });
    let counted = validity.get(type + content);
    if (counted === undefined) validity.set(type + content, (counted = isValidFollowUp({ type, content }, policy)));
    followUps.push({ customerKey: customers[c].key, authorKey: key(owner[c]), type, content, occurredAt: at, counted });
  };
  const countedFollowUp = (c: number, t: number) => logFollowUp(c, t, r.pick(COUNTED_TYPES), r.pick(COUNTED_NOTES));
  /** As the return service keeps it: the code and label, with a note when the reason asks for one. */
  const returnReason = () => {
    const reason = r.pick(policy.returnReasons);
    return returnedReason(reason.code, reason.label, reason.noteRequired ? r.pick(RETURN_NOTES) : null);
  };

  // --- The simulation: one agendum at a time, in time order.
  for (let a = agenda.pop(); a; a = agenda.pop()) {
    const { t, who: c } = a;
    clock = t;
    switch (a.act) {
      case Act.DayStart: {
        const day = teamDayWindow(new Date(t), zone);
        dayIndex = a.left;
        const weekday = new Date(`${calendarDate(day.start, zone)}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && weekday !== 6) {
          const dayStart = day.start.getTime();
          for (const rep of salesReps) plan(dayStart + r.between(9, 17.5) * HOUR, Act.ClaimSession, rep, 0, greedy[rep] ? policy.dailyClaimLimit : r.int(4));
          for (const m of managerOf) plan(dayStart + r.between(10, 16) * HOUR, Act.AssignSession, m, 0, r.chance(0.6) ? 1 + r.int(3) : 0);
        }
        plan(day.end.getTime(), Act.DayStart, 0, 0, dayIndex + 1);
        break;
      }
      case Act.Create: {
        if (imported[c]) {
          const manager = creatorOf[c];
          statusChanges.push({ customerKey: customers[c].key, status: 'NEW', changedAt: new Date(t), actorKey: key(manager) });
          record(c, 'CREATED', null, null, manager, t);
          intoPool(c, t);
        } else {
          const rep = creatorOf[c];
          statusChanges.push({ customerKey: customers[c].key, status: 'NEW', changedAt: new Date(t), actorKey: key(rep) });
          record(c, 'CREATED', null, rep, rep, t);
          takeOver(c, rep, t);
        }
        break;
      }
      case Act.Recheck: {
        if (a.epoch !== epoch[c] || owner[c] === POOL) break;
        const decision = recycleDecision(facts(c), new Date(t), policy);
        if (decision.recycle) {
          const from = owner[c];
          record(c, 'RECYCLED', from, null, null, t, decision.reason, 'RECYCLED');
          leaveOwner(c, t);
        } else if (decision.keptBecause === 'PROTECTED') {
          plan(sweepAfter(decision.protectionEnd!.getTime()), Act.Recheck, c, a.epoch);
        }
        break;
      }
      case Act.Return: {
        if (a.epoch !== epoch[c] || owner[c] === POOL || status[c] === 'WON') break;
        const from = owner[c];
        record(c, 'RETURNED', from, null, from, t, returnReason(), 'RETURNED');
        leaveOwner(c, t);
        break;
      }
      case Act.Release: {
        if (a.epoch !== epoch[c] || owner[c] === POOL || status[c] === 'WON') break;
        const from = owner[c];
        record(c, 'RETURNED', from, null, managerOf[deptOf[from]], t, r.pick(RELEASE_REASONS), 'RELEASED');
        leaveOwner(c, t);
        break;
      }
      case Act.Idle: {
        if (a.epoch !== epoch[c] || owner[c] === POOL) break;
        const note = r.pick(UNCOUNTED_NOTES);
        logFollowUp(c, t, note.type, note.content);
        break;
      }
      case Act.Maintain: {
        // Won accounts keep being looked after, so their protection never lapses.
        if (a.epoch !== epoch[c] || owner[c] === POOL) break;
        countedFollowUp(c, t);
        plan(t + r.between(14, 28) * DAY, Act.Maintain, c, a.epoch);
        break;
      }
      case Act.Work: {
        if (a.epoch !== epoch[c] || owner[c] === POOL) break;
        const rep = owner[c];
        countedFollowUp(c, t);
        if (r.chance(0.15)) plan(t + r.between(1, 4) * HOUR, Act.Idle, c, a.epoch); // a chat message or a note to self
        if (a.left === 1) break; // a single call before giving it back
        const s = status[c];
        if (s === 'NEW' || s === 'LOST') setStatus(c, 'FOLLOWING_UP', t, rep);
        else if (s === 'FOLLOWING_UP' && r.chance(0.3)) setStatus(c, 'NEGOTIATING', t, rep);
        else if (s === 'NEGOTIATING') {
          const u = r.next();
          if (u < 0.05 + 0.35 * (1 - hardness[c])) setStatus(c, 'WON', t, rep);
          else if (u > 0.88) setStatus(c, 'LOST', t, rep);
        }
        if (status[c] === 'WON') plan(t + r.between(14, 28) * DAY, Act.Maintain, c, a.epoch);
        else if (status[c] === 'LOST') plan(t + r.between(0.1, 4) * DAY, Act.Return, c, a.epoch);
        else if (r.chance(0.78)) plan(t + r.between(4, 25) * DAY, Act.Work, c, a.epoch);
        break;
      }
      case Act.ClaimSession: {
        const rep = c;
        if (a.left <= 0 || t >= claimsEnd || pool.length === 0) break;
        if (claimDayOf[rep] !== dayIndex) {
          claimDayOf[rep] = dayIndex;
          claimsToday[rep] = 0;
        }
        // A rep browses a few pool customers and takes the first that appeals and the rules allow.
        let atLimit = false;
        for (let look = 0; look < 6 && pool.length > 0; look++) {
          const cand = pool[r.int(pool.length)];
          if (!r.chance(appeal[cand])) continue;
          const decision = decideClaim({
            claimant: { userId: rep },
            customer: { ownerId: null },
            now: new Date(t),
            policy,
            claimsToday: claimsToday[rep],
            holdings: holdings[rep],
            wonHoldings: wonHeld[rep],
            lastLostAt: lostBy[cand].has(rep) ? new Date(lostBy[cand].get(rep)!) : null,
            enteredPoolAt: new Date(enteredPool[cand]),
            visible: true,
          });
          if (!decision.ok) {
            atLimit = decision.code === 'HOLDING_CAP_REACHED' || decision.code === 'DAILY_LIMIT_REACHED';
            if (atLimit) break;
            continue;
          }
          outOfPool(cand);
          claimsToday[rep]++;
          record(cand, 'CLAIMED', null, rep, rep, t);
          takeOver(cand, rep, t);
          break;
        }
        if (!atLimit) plan(t + r.between(20, 240) * 1000, Act.ClaimSession, rep, 0, a.left - 1);
        break;
      }
      case Act.AssignSession: {
        const manager = c;
        if (a.left <= 0 || t >= claimsEnd || pool.length === 0) break;
        // Managers hand out what has waited longest: the oldest of a handful looked at.
        let oldest = -1;
        for (let look = 0; look < 12; look++) {
          const cand = pool[r.int(pool.length)];
          if (oldest === -1 || enteredPool[cand] < enteredPool[oldest]) oldest = cand;
        }
        const team = repsOf[deptOf[manager]];
        const counted = (rep: number) => (policy.holdingCapCountsWon ? holdings[rep] : holdings[rep] - wonHeld[rep]);
        let to = -1;
        for (const rep of team) if (counted(rep) < policy.holdingCap && (to === -1 || counted(rep) < counted(to))) to = rep;
        if (oldest !== -1 && to !== -1 && t - enteredPool[oldest] >= 3 * DAY) {
          outOfPool(oldest);
          record(oldest, 'ASSIGNED', null, to, manager, t);
          takeOver(oldest, to, t);
        }
        plan(t + r.between(30, 300) * 1000, Act.AssignSession, manager, 0, a.left - 1);
        break;
      }
    }
  }

  return { departments, reps, customers, events, statusChanges, followUps };
}

/** A company name unique within one history (a number is added only past the word lists' combinations). */
function companyName(index: number, legalForm: string): string {
  const combos = CITIES.length * BRANDS.length * TRADES.length;
  // A stride coprime to `combos` walks every combination once, without neighbours sharing a city.
  const i = (index * 2_089) % combos;
  const base = `${CITIES[i % CITIES.length]} ${BRANDS[Math.floor(i / CITIES.length) % BRANDS.length]} ${TRADES[Math.floor(i / (CITIES.length * BRANDS.length))]}`;
  return `${base}${index >= combos ? ` ${Math.floor(index / combos) + 1}` : ''} ${legalForm}`;
}
