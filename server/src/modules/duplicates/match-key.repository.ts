import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { candidateSimilarityFor, type DuplicateKeys } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import { CustomerMatchKeyEntity, type MatchKeyDimension } from './customer-match-key.entity';

export interface ExactKeyHit {
  customerId: number;
  dimension: MatchKeyDimension | 'NAME';
  key: string;
}

export interface SimilarNameHit {
  customerId: number;
  nameKey: string;
  score: number;
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

  /**
   * Serialises writers of the same company: one transaction-scoped advisory lock per key,
   * always taken in sorted order so two writers can never wait on each other in a cycle.
   */
  async lockKeys(manager: EntityManager, keys: DuplicateKeys): Promise<void> {
    const names = [
      ...(keys.name ? [`NAME:${keys.name}`] : []),
      ...keys.emails.map((k) => `EMAIL:${k}`),
      ...keys.phones.map((k) => `PHONE:${k}`),
      ...keys.domains.map((k) => `DOMAIN:${k}`),
    ].sort();
    for (const name of names) await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [name]);
  }

  /** Customers sharing any exact key (normalised name, email, phone, domain). */
  async exactHits(keys: DuplicateKeys, excludeCustomerId: number | null, manager: EntityManager = this.dataSource.manager): Promise<ExactKeyHit[]> {
    return manager.query(
      `(SELECT c.id AS "customerId", 'NAME' AS dimension, c.name_key AS key
          FROM customers c WHERE $1 <> '' AND c.name_key = $1 AND c.id IS DISTINCT FROM $5 LIMIT ${HITS_PER_QUERY})
       UNION ALL
       (SELECT k.customer_id, k.dimension::text, k.key
          FROM customer_match_keys k
         WHERE ((k.dimension = 'EMAIL' AND k.key = ANY($2)) OR (k.dimension = 'PHONE' AND k.key = ANY($3))
                OR (k.dimension = 'DOMAIN' AND k.key = ANY($4)))
           AND k.customer_id IS DISTINCT FROM $5
         LIMIT ${HITS_PER_QUERY})`,
      [keys.name, keys.emails, keys.phones, keys.domains, excludeCustomerId],
    );
  }

  /**
   * Names at least `threshold` similar (pg_trgm), best first, in two stages that the domain's
   * isSimilarNameCandidate mirrors: candidates whose distinctive names (without common words)
   * share enough trigrams with `distinctive` (short, rare trigrams: a small GIN scan), then the
   * full keys' similarity decides.
   */
  async similarNames(
    nameKey: string,
    distinctive: string,
    threshold: number,
    excludeCustomerId: number | null,
    manager: EntityManager,
    limit = 10,
  ): Promise<SimilarNameHit[]> {
    if (!nameKey) return [];
    await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(candidateSimilarityFor(threshold))]);
    const rows: { customerId: number; nameKey: string; score: string }[] = await manager.query(
      `SELECT c.id AS "customerId", c.name_key AS "nameKey", similarity(c.name_key, $1) AS score
         FROM customers c
        WHERE c.name_core % $2 AND c.name_key <> $1 AND similarity(c.name_key, $1) >= $3 AND c.id IS DISTINCT FROM $4
        ORDER BY score DESC, c.id
        LIMIT $5`,
      [nameKey, distinctive, threshold, excludeCustomerId, limit],
    );
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  }
}
