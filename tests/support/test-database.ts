import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { runAdminSql } from './pg-admin';

/** A private copy of the migrated template: full isolation per test file, no truncation. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `berth_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await runAdminSql(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplateDatabase')}`);
  return {
    url: adminUrl.replace(/\/postgres(\?|$)/, `/${name}$1`),
    drop: () => runAdminSql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
