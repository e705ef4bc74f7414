import type { DataSource, EntityManager } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity';

/** Admin-edited rule documents by key. */
export class SettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get<T>(key: string, manager: EntityManager = this.dataSource.manager): Promise<T | null> {
    // Read on every claim and follow-up: plain SQL, without the query builder's cost per call.
    const [row] = await manager.query('SELECT value FROM app_settings WHERE key = $1', [key]);
    return row ? (row.value as T) : null;
  }

  /**
   * The setting, read after taking `lockName` shared for the rest of the transaction, in one round
   * trip (migration 1795391900000 says why that needs a function). A writer that takes the lock
   * exclusively is never half-seen.
   */
  async getUnderSharedLock<T>(manager: EntityManager, lockName: string, key: string): Promise<T | null> {
    const [row] = await manager.query('SELECT berth_setting_under_shared_lock($1, $2) AS value', [lockName, key]);
    return (row.value as T | null) ?? null;
  }

  async put(manager: EntityManager, key: string, value: unknown, userId: number | null, now: Date): Promise<void> {
    await manager.getRepository(AppSettingEntity).upsert({ key, value: value as object, updatedAt: now, updatedById: userId }, ['key']);
  }
}
