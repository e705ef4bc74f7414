import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Rows are keyed by a hash: the table never holds typed emails or client addresses. */
export function throttleKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Failure counts per key in fixed windows. Every change is one conditional statement on the
 * key's row, so instances sharing the database share the counts and concurrent attempts
 * queue on the row instead of racing.
 */
export class LoginThrottleRepository {
  /**
   * Counts one more attempt against the key unless it already has `limit` in its window; a
   * window older than `windowMs` starts over. Returns the window's start, or null when refused.
   */
  async count(manager: EntityManager, keyHash: string, limit: number, now: Date, windowMs: number): Promise<Date | null> {
    const [row]: { windowStartedAt: Date }[] = await manager.query(
      `INSERT INTO login_throttles AS t (key_hash, failures, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (key_hash) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= $3 THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $3 THEN $2 ELSE t.window_started_at END
       WHERE t.window_started_at <= $3 OR t.failures < $4
       RETURNING window_started_at AS "windowStartedAt"`,
      [keyHash, now, new Date(now.getTime() - windowMs), limit],
    );
    return row?.windowStartedAt ?? null;
  }

  /** When the latest of these keys' full windows ends, or null if none is full any more. */
  async fullUntil(manager: EntityManager, keys: { keyHash: string; limit: number }[], now: Date, windowMs: number): Promise<Date | null> {
    const [row]: { startedAt: Date | null }[] = await manager.query(
      `SELECT max(t.window_started_at) AS "startedAt"
         FROM login_throttles t JOIN unnest($1::char(64)[], $2::int[]) AS k(key_hash, lim) ON k.key_hash = t.key_hash
        WHERE t.failures >= k.lim AND t.window_started_at > $3`,
      [keys.map((k) => k.keyHash), keys.map((k) => k.limit), new Date(now.getTime() - windowMs)],
    );
    return row.startedAt ? new Date(row.startedAt.getTime() + windowMs) : null;
  }

  async forget(manager: EntityManager, keyHash: string): Promise<void> {
    await manager.query('DELETE FROM login_throttles WHERE key_hash = $1', [keyHash]);
  }

  /** Takes back one counted attempt, if its window is still the current one. */
  async uncount(manager: EntityManager, keyHash: string, windowStartedAt: Date): Promise<void> {
    await manager.query('UPDATE login_throttles SET failures = failures - 1 WHERE key_hash = $1 AND window_started_at = $2 AND failures > 0', [
      keyHash,
      windowStartedAt,
    ]);
  }

  /**
   * Deletes up to `batch` rows whose window ended before `before`. The outer condition is
   * checked again on a row another attempt has just renewed, so a live count is never lost.
   */
  async dropExpired(manager: EntityManager, before: Date, batch: number): Promise<void> {
    await manager.query(
      `DELETE FROM login_throttles WHERE key_hash IN (SELECT key_hash FROM login_throttles WHERE window_started_at < $1 LIMIT $2)
          AND window_started_at < $1`,
      [before, batch],
    );
  }
}
