import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { coreSimilarityFor, type CustomerAlias, type DuplicateKeys } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import { CustomerMatchKeyEntity, type MatchKeyDimension } from './customer-match-key.entity';

export interface ExactKeyHit {
  customerId: number;
  dimension: MatchKeyDimension | 'NAME';
  key: string;
  /** The customer's alias that has the name, when it is not the customer's own name. */
  alias: CustomerAlias | null;
}

export interface SimilarNameHit {
  customerId: number;
  nameKey: string;
  score: number;
  /** The customer's alias whose name is similar, when it is not the customer's own name. */
  alias: CustomerAlias | null;
}

/** An alias as a query row gives it (two nullable columns) to the hit's field. */
function aliasOf(row: { aliasKind: string | null; aliasName: string | null }): CustomerAlias | null {
  return row.aliasKind === null ? null : { kind: row.aliasKind as CustomerAlias['kind'], name: row.aliasName! };
}

/** A similar name as both similar-name searches select it (the score comes as numeric text). */
interface SimilarNameRow {
  input: number;
  customerId: number;
  nameKey: string;
  score: string;
  aliasKind: string | null;
  aliasName: string | null;
}

function similarNameHitOf({ aliasKind, aliasName, score, ...hit }: SimilarNameRow): SimilarNameHit & { input: number } {
  return { ...hit, score: Number(score), alias: aliasOf({ aliasKind, aliasName }) };
}

/** Most rows one key may bring back: a check shows a handful of matches, not a report. */
const HITS_PER_QUERY = 50;

/** Stores and looks up the normalised keys that duplicate checks compare. */
export class MatchKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The next `limit` customers after `afterId` in id order (only those without keys yet, when asked): the start-up key refresh's batches. */
  customersAfter(afterId: number, opts: { withoutKeys: boolean }, limit: number): Promise<CustomerEntity[]> {
    return this.dataSource.getRepository(CustomerEntity).find({
      where: { ...(opts.withoutKeys ? { nameKey: '' } : {}), id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Replaces a customer's email/phone/domain keys (the name key lives on the customer row). */
  async replaceKeys(manager: EntityManager, customerId: number, keys: DuplicateKeys): Promise<void> {
    const repo = manager.getRepository(CustomerMatchKeyEntity);
    await repo.delete({ customerId });
    const rows = [
      ...keys.emails.map((key) => ({ dimension: 'EMAIL' as const, key, customerId })),
      ...keys.phones.map((key) => ({ dimension: 'PHONE' as const, key, customerId })),
      ...keys.domains.map((key) => ({ dimension: 'DOMAIN' as const, key, customerId })),
    ];
    if (rows.length) await repo.insert(rows);
  }

  /** New customers' email/phone/domain keys, in one statement (they have none yet). */
  async insertKeys(manager: EntityManager, entries: readonly { customerId: number; keys: DuplicateKeys }[]): Promise<void> {
    const rows = entries.flatMap(({ customerId, keys }) => [
      ...keys.emails.map((key) => ['EMAIL', key, customerId] as const),
      ...keys.phones.map((key) => ['PHONE', key, customerId] as const),
      ...keys.domains.map((key) => ['DOMAIN', key, customerId] as const),
    ]);
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO customer_match_keys (dimension, key, customer_id) SELECT * FROM unnest($1::match_key_dimension[], $2::text[], $3::int[])`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  }

  /**
   * Serialises writers of the same company: one transaction-scoped advisory lock per key,
   * always taken in sorted order so two writers can never wait on each other in a cycle.
   */
  async lockKeys(manager: EntityManager, inputs: readonly DuplicateKeys[]): Promise<void> {
    const names = [
      ...new Set(
        inputs.flatMap((keys) => [
          ...(keys.name ? [`NAME:${keys.name}`] : []),
          ...keys.emails.map((k) => `EMAIL:${k}`),
          ...keys.phones.map((k) => `PHONE:${k}`),
          ...keys.domains.map((k) => `DOMAIN:${k}`),
        ]),
      ),
    ].sort();
    // One statement for a save's few keys or an import chunk's hundreds; unnest yields the sorted array in order.
    if (names.length) await manager.query('SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) AS k', [names]);
  }

  /**
   * Customers sharing any exact key (normalised name, email, phone, domain) with each of `inputs`,
   * by its index: one statement for any number of inputs (a save has one, an import's chunk many).
   */
  async exactHits(inputs: readonly DuplicateKeys[], excludeCustomerId: number | null, manager: EntityManager = this.dataSource.manager): Promise<(ExactKeyHit & { input: number })[]> {
    // Each input's name and aliases, each looked up among the customers' names and their aliases.
    const names = inputs.flatMap((k, i) => [k.name, ...k.aliases].filter((n) => n !== '').map((name) => [i, name] as const));
    const keyed = inputs.flatMap((k, i) => [
      ...k.emails.map((key) => [i, 'EMAIL', key] as const),
      ...k.phones.map((key) => [i, 'PHONE', key] as const),
      ...k.domains.map((key) => [i, 'DOMAIN', key] as const),
    ]);
    const rows: (Omit<ExactKeyHit, 'alias'> & { input: number; aliasKind: string | null; aliasName: string | null })[] = await manager.query(
      `SELECT q.i AS input, c.id AS "customerId", 'NAME' AS dimension, q.name AS key, NULL AS "aliasKind", NULL AS "aliasName"
         FROM unnest($1::int[], $2::text[]) AS q(i, name)
         CROSS JOIN LATERAL (SELECT c.id FROM customers c WHERE c.name_key = q.name AND c.id IS DISTINCT FROM $6 LIMIT ${HITS_PER_QUERY}) c
       UNION ALL
       SELECT q.i, a.customer_id, 'NAME', q.name, a.kind, a.name
         FROM unnest($1::int[], $2::text[]) AS q(i, name)
         CROSS JOIN LATERAL (SELECT a.customer_id, a.kind, a.name FROM customer_aliases a
                              WHERE a.name_key = q.name AND a.customer_id IS DISTINCT FROM $6 LIMIT ${HITS_PER_QUERY}) a
       UNION ALL
       SELECT q.i, k.customer_id, k.dimension::text, k.key, NULL, NULL
         FROM unnest($3::int[], $4::match_key_dimension[], $5::text[]) AS q(i, dimension, key)
         CROSS JOIN LATERAL (SELECT k.customer_id, k.dimension, k.key FROM customer_match_keys k
                              WHERE k.dimension = q.dimension AND k.key = q.key AND k.customer_id IS DISTINCT FROM $6 LIMIT ${HITS_PER_QUERY}) k`,
      [names.map((n) => n[0]), names.map((n) => n[1]), keyed.map((k) => k[0]), keyed.map((k) => k[1]), keyed.map((k) => k[2]), excludeCustomerId],
    );
    return rows.map(({ aliasKind, aliasName, ...hit }) => ({ ...hit, alias: aliasOf({ aliasKind, aliasName }) }));
  }

  /** The phone keys (E.164) of these customers and their contacts, by customer: one statement. */
  async phonesOf(customerIds: readonly number[], manager: EntityManager): Promise<Map<number, string[]>> {
    const byCustomer = new Map<number, string[]>();
    if (!customerIds.length) return byCustomer;
    const rows: { customerId: number; key: string }[] = await manager.query(
      `SELECT customer_id AS "customerId", key FROM customer_match_keys WHERE dimension = 'PHONE' AND customer_id = ANY($1::int[])`,
      [customerIds],
    );
    for (const r of rows) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r.key]);
    return byCustomer;
  }

  /**
   * Names at least `threshold` similar (pg_trgm) to each input's, best first, by the input's
   * index, in two stages that the domain's isSimilarNameCandidate mirrors: candidates whose
   * distinctive names (without common words) are candidates for the input's `distinctive` by the
   * domain's areCandidateCores (a lookup of its few word variants in their GIN index, then every
   * word paired or the names similar enough), then the full keys' similarity decides. One statement for any number of inputs; each input is its own lookup.
   */
  async similarNames(
    inputs: readonly { nameKey: string; distinctive: string }[],
    threshold: number,
    excludeCustomerId: number | null,
    manager: EntityManager,
    limit = 10,
  ): Promise<(SimilarNameHit & { input: number })[]> {
    const searched = inputs.flatMap((s, i) => (s.nameKey ? [{ i, ...s }] : []));
    if (!searched.length) return [];
    // Each input's variants once (the function is dear), for the customers' names and for their aliases.
    const rows: SimilarNameRow[] = await manager.query(
      `WITH q AS MATERIALIZED (SELECT i, name_key, core, berth_name_variants(core) AS variants FROM unnest($1::int[], $2::text[], $3::text[]) AS q(i, name_key, core))
       SELECT q.i AS input, h.id AS "customerId", h.name_key AS "nameKey", h.score, h.alias_kind AS "aliasKind", h.alias_name AS "aliasName"
         FROM q
         CROSS JOIN LATERAL (
           (SELECT c.id, c.name_key, similarity(c.name_key, q.name_key) AS score, NULL::varchar AS alias_kind, NULL::varchar AS alias_name
              FROM customers c
             WHERE berth_name_variants(c.name_core) && q.variants
               AND berth_cores_alike(c.name_core, q.core, $7)
               AND c.name_key <> q.name_key AND similarity(c.name_key, q.name_key) >= $4 AND c.id IS DISTINCT FROM $5
             ORDER BY score DESC, c.id
             LIMIT $6)
           UNION ALL
           (SELECT a.customer_id, a.name_key, similarity(a.name_key, q.name_key), a.kind, a.name
              FROM customer_aliases a
             WHERE berth_name_variants(a.name_core) && q.variants
               AND berth_cores_alike(a.name_core, q.core, $7)
               AND a.name_key <> q.name_key AND similarity(a.name_key, q.name_key) >= $4 AND a.customer_id IS DISTINCT FROM $5
             ORDER BY 3 DESC, 1
             LIMIT $6)) h`,
      [searched.map((s) => s.i), searched.map((s) => s.nameKey), searched.map((s) => s.distinctive), threshold, excludeCustomerId, limit, coreSimilarityFor(threshold)],
    );
    return rows.map(similarNameHitOf);
  }

  /** Whether at most `limit` customers other than the import's own changed since `since` (a count that stops at the limit). */
  async changedSinceAtMost(scope: { since: Date; notFromImport: number }, limit: number, manager: EntityManager): Promise<boolean> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM customers c
          WHERE c.updated_at >= $1 AND c.id NOT IN (SELECT r.customer_id FROM import_rows r WHERE r.job_id = $2 AND r.customer_id IS NOT NULL)
          LIMIT $3) x`,
      [scope.since, scope.notFromImport, limit + 1],
    );
    return n <= limit;
  }

  /**
   * `similarNames`, among the customers changed since `since` only, leaving out those the import
   * `notFromImport` created: what an import's write checks its new rows against again, since the
   * pre-check judged them against everything else. The changed customers are few (minutes of a
   * team's work), so they are compared with every row directly instead of through the index.
   */
  async similarNamesChangedSince(
    inputs: readonly { nameKey: string; distinctive: string }[],
    threshold: number,
    scope: { since: Date; notFromImport: number },
    manager: EntityManager,
  ): Promise<(SimilarNameHit & { input: number })[]> {
    const searched = inputs.flatMap((s, i) => (s.nameKey ? [{ i, ...s }] : []));
    if (!searched.length) return [];
    const rows: SimilarNameRow[] = await manager.query(
      `WITH changed_customers AS MATERIALIZED (
         SELECT c.id, c.name_key, c.name_core FROM customers c
          WHERE c.updated_at >= $4 AND c.id NOT IN (SELECT r.customer_id FROM import_rows r WHERE r.job_id = $5 AND r.customer_id IS NOT NULL)
       ), changed AS MATERIALIZED (
         SELECT id, name_key, name_core, NULL::varchar AS alias_kind, NULL::varchar AS alias_name FROM changed_customers
         UNION ALL
         SELECT a.customer_id, a.name_key, a.name_core, a.kind, a.name FROM customer_aliases a JOIN changed_customers c ON c.id = a.customer_id
       )
       SELECT q.i AS input, c.id AS "customerId", c.name_key AS "nameKey", similarity(c.name_key, q.name_key) AS score,
              c.alias_kind AS "aliasKind", c.alias_name AS "aliasName"
         FROM unnest($1::int[], $2::text[], $3::text[]) AS q(i, name_key, core)
         JOIN changed c ON berth_name_variants(c.name_core) && berth_name_variants(q.core)
                       AND berth_cores_alike(c.name_core, q.core, $7)
                       AND c.name_key <> q.name_key AND similarity(c.name_key, q.name_key) >= $6`,
      [searched.map((s) => s.i), searched.map((s) => s.nameKey), searched.map((s) => s.distinctive), scope.since, scope.notFromImport, threshold, coreSimilarityFor(threshold)],
    );
    return rows.map(similarNameHitOf);
  }
}
