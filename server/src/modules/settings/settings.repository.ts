import type { DataSource, EntityManager } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity';

/** Admin-edited rule documents by key. */
export class SettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get<T>(key: string, manager: EntityManager = this.dataSource.manager): Promise<T | null> {
    const row = await manager.getRepository(AppSettingEntity).findOneBy({ key });
    return row ? (row.value as T) : null;
  }

  async put(manager: EntityManager, key: string, value: unknown, userId: number | null, now: Date): Promise<void> {
    await manager.getRepository(AppSettingEntity).upsert({ key, value: value as object, updatedAt: now, updatedById: userId }, ['key']);
  }
}
