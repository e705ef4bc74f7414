import type { EntityManager } from 'typeorm';
import { childPath, claimDay, computeProtectionEnd, distinctiveNameOf, duplicateKeysOf, type EntryReason, type PoolPolicy } from '@berth/domain';
import type { GeneratedHistory } from './generate-history';
import { finalStates } from './final-state';

export interface WriteHistoryOptions {
  /** The policy the history was generated under: protection ends and claim days are read with it. */
  policy: PoolPolicy;
  /** Users that already exist, by history key (the demo maps its reps here); the others are created. */
  users?: ReadonlyMap<string, number>;
  /** Departments that already exist, by history key; the others are created. */
  departments?: ReadonlyMap<string, number>;
  /** Parent of created top-level departments (null: top level). */
  rootDepartmentId?: number | null;
  /** Password hash for created users. */
  passwordHash?: string;
  /** Name keys as the duplicate checks compute them ('domain'), or lower-cased names for bulk benches. */
  nameKeys?: 'domain' | 'lowercase';
  /** Rows per INSERT … SELECT FROM unnest(…). */
  batchSize?: number;
}

export interface WrittenHistory {
  users: Map<string, number>;
  departments: Map<string, number>;
  customers: Map<string, number>;
}

/**
 * Inserts a generated history in bulk, in one transaction (the caller's, or one of its own):
 * customers, their ownership row in its final state (protected_until from the domain's rule),
 * the ownership trail, pool entries, status changes, follow-ups and claim counters. Every row the
 * product would have written goes through the same guards: the deferred "owner change needs its
 * event" trigger checks each customer at commit, and the trail is only appended to.
 * Rows go in as arrays, `INSERT … SELECT FROM unnest($1::int[], …)`, `batchSize` at a time.
 */
export async function writeHistory(manager: EntityManager, history: GeneratedHistory, opts: WriteHistoryOptions): Promise<WrittenHistory> {
  if (!manager.queryRunner?.isTransactionActive) return manager.transaction((m) => writeHistory(m, history, opts));
  const batch = opts.batchSize ?? 50_000;
  const q = (sql: string, params: unknown[]) => manager.query(sql, params);
  const ids = async (sequenceOf: string, count: number): Promise<number[]> =>
    count === 0 ? [] : (await q(`SELECT nextval(pg_get_serial_sequence('${sequenceOf}', 'id'))::int AS id FROM generate_series(1, $1)`, [count])).map((r: { id: number }) => r.id);
  const iso = (d: Date) => d.toISOString();
  async function inBatches<T>(rows: T[], write: (slice: T[]) => Promise<unknown>) {
    for (let i = 0; i < rows.length; i += batch) await write(rows.slice(i, i + batch));
  }

  // Departments, parents first (the generator lists a parent before its sub-teams).
  const departments = new Map(opts.departments ?? []);
  for (const d of history.departments) {
    if (departments.has(d.key)) continue;
    const parentId = d.parentKey ? departments.get(d.parentKey)! : (opts.rootDepartmentId ?? null);
    const [parent] = parentId === null ? [null] : await q('SELECT path FROM departments WHERE id = $1', [parentId]);
    const [{ id }] = await q(`INSERT INTO departments (name, parent_id, path) VALUES ($1, $2, $3) RETURNING id`, [d.name, parentId, `/pending-${d.key}/`]);
    await q('UPDATE departments SET path = $2 WHERE id = $1', [id, childPath(parent?.path ?? null, id)]);
    departments.set(d.key, id);
  }

  // Users that do not exist yet.
  const users = new Map(opts.users ?? []);
  const newUsers = history.reps.filter((u) => !users.has(u.key));
  const userIds = await ids('users', newUsers.length);
  newUsers.forEach((u, i) => users.set(u.key, userIds[i]));
  const firstDay = history.customers[0]?.createdAt ?? new Date();
  await inBatches(newUsers.map((u, i) => ({ u, id: userIds[i] })), (rows) =>
    q(
      `INSERT INTO users (id, email, name, role, department_id, password_hash, disabled, created_at)
       SELECT id, email, name, role::user_role, department_id, $6, false, $7 FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(id, email, name, role, department_id)`,
      [rows.map((r) => r.id), rows.map((r) => r.u.email), rows.map((r) => r.u.name), rows.map((r) => r.u.role), rows.map((r) => departments.get(r.u.departmentKey)!), opts.passwordHash ?? 'not-a-password-hash', firstDay],
    ),
  );
  const user = (key: string | null) => (key === null ? null : users.get(key)!);

  // Regions by name, created when missing.
  const regionNames = [...new Set(history.customers.map((c) => c.region))];
  await q(`INSERT INTO regions (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`, [regionNames]);
  const regions = new Map<string, number>((await q('SELECT id, name FROM regions WHERE name = ANY($1::text[])', [regionNames])).map((r: { id: number; name: string }) => [r.name, r.id]));

  // Customers, with their state at the end of the history.
  const states = finalStates(history);
  const customerIds = await ids('customers', history.customers.length);
  const customers = new Map(history.customers.map((c, i) => [c.key, customerIds[i]]));
  const customer = (key: string) => customers.get(key)!;
  const nameKeyOf = (name: string) => (opts.nameKeys === 'lowercase' ? name.toLowerCase() : duplicateKeysOf({ companyName: name }, { defaultRegion: 'CN' }).name);
  await inBatches(history.customers.map((c, i) => ({ c, id: customerIds[i] })), (rows) => {
    const nameKeys = rows.map((r) => nameKeyOf(r.c.companyName));
    return q(
      `INSERT INTO customers (id, company_name, name_key, name_core, industry, region_id, source, tier_code, status, created_by_id, created_at, updated_at)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::customer_status[], $10::int[], $11::timestamptz[], $12::timestamptz[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.c.companyName),
        nameKeys,
        nameKeys.map((k) => (opts.nameKeys === 'lowercase' ? k : distinctiveNameOf(k))),
        rows.map((r) => r.c.industry),
        rows.map((r) => regions.get(r.c.region)!),
        rows.map((r) => r.c.source),
        rows.map((r) => r.c.tierCode),
        rows.map((r) => states.get(r.c.key)!.status),
        rows.map((r) => user(r.c.creatorKey)),
        rows.map((r) => iso(r.c.createdAt)),
        rows.map((r) => iso(states.get(r.c.key)!.updatedAt)),
      ],
    );
  });
  await inBatches(history.customers, (rows) => {
    const s = rows.map((c) => states.get(c.key)!);
    const protectedUntil = rows.map((c, i) =>
      s[i].ownerKey === null
        ? null
        : iso(computeProtectionEnd({ ownedSince: s[i].ownedSince!, tier: c.tierCode, followUps: s[i].followUpsSince, hasWonDeal: s[i].status === 'WON', policy: opts.policy })),
    );
    return q(
      `INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, reminded_for, locked)
       SELECT id, owner_id, owned_since, changed_at, protected_until, NULL, false
         FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[]) AS t(id, owner_id, owned_since, changed_at, protected_until)`,
      [rows.map((c) => customer(c.key)), s.map((x) => user(x.ownerKey)), s.map((x) => x.ownedSince && iso(x.ownedSince)), s.map((x) => iso(x.ownerChangedAt)), protectedUntil],
    );
  });

  await inBatches(history.events, (rows) =>
    q(
      `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at, reason_detail)
       SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::ownership_event_kind[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[])`,
      [rows.map((e) => customer(e.customerKey)), rows.map((e) => user(e.fromKey)), rows.map((e) => user(e.toKey)), rows.map((e) => e.kind), rows.map((e) => e.reason), rows.map((e) => user(e.actorKey)), rows.map((e) => iso(e.occurredAt)), rows.map((e) => detail(e.reasonDetail))],
    ),
  );
  await inBatches(
    history.events.filter((e) => e.poolEntryKind !== null),
    (rows) =>
      q(
        `INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, reason_code, entered_at, reason_detail)
         SELECT * FROM unnest($1::int[], $2::pool_entry_kind[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[])`,
        [
          rows.map((e) => customer(e.customerKey)),
          rows.map((e) => e.poolEntryKind),
          rows.map((e) => user(e.fromKey)),
          rows.map((e) => e.reason ?? ''),
          rows.map((e) => e.reasonCode),
          rows.map((e) => iso(e.occurredAt)),
          rows.map((e) => detail(e.reasonDetail)),
        ],
      ),
  );
  await inBatches(history.statusChanges, (rows) =>
    q(
      `INSERT INTO customer_status_changes (customer_id, status, changed_at, actor_id)
       SELECT * FROM unnest($1::int[], $2::customer_status[], $3::timestamptz[], $4::int[])`,
      [rows.map((s) => customer(s.customerKey)), rows.map((s) => s.status), rows.map((s) => iso(s.changedAt)), rows.map((s) => user(s.actorKey))],
    ),
  );
  await inBatches(history.followUps, (rows) =>
    q(
      `INSERT INTO follow_ups (customer_id, author_id, type, content, occurred_at, counted, created_at)
       SELECT c, a, t, x, o, k, o FROM unnest($1::int[], $2::int[], $3::follow_up_type[], $4::text[], $5::timestamptz[], $6::boolean[]) AS u(c, a, t, x, o, k)`,
      [rows.map((f) => customer(f.customerKey)), rows.map((f) => user(f.authorKey)), rows.map((f) => f.type), rows.map((f) => f.content), rows.map((f) => iso(f.occurredAt)), rows.map((f) => f.counted)],
    ),
  );

  // The daily claim counters the claim rule reads, as the claims would have left them.
  const counters = new Map<string, { userId: number; day: string; claims: number }>();
  for (const e of history.events) {
    if (e.kind !== 'CLAIMED') continue;
    const day = claimDay(e.occurredAt, opts.policy.teamTimeZone);
    const k = `${e.toKey}|${day}`;
    const counter = counters.get(k) ?? { userId: user(e.toKey)!, day, claims: 0 };
    counter.claims++;
    counters.set(k, counter);
  }
  await inBatches([...counters.values()], (rows) =>
    q(
      `INSERT INTO claim_counters (user_id, day, claims) SELECT * FROM unnest($1::int[], $2::date[], $3::int[])
       ON CONFLICT (user_id, day) DO UPDATE SET claims = claim_counters.claims + EXCLUDED.claims`,
      [rows.map((c) => c.userId), rows.map((c) => c.day), rows.map((c) => c.claims)],
    ),
  );
  return { users, departments, customers };
}

/** A reason as one element of a jsonb[] parameter: its JSON text. */
function detail(reason: EntryReason | null): string | null {
  return reason === null ? null : JSON.stringify(reason);
}
