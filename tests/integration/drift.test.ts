import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { buildBerthSchema, printBerthSchema } from '../../server/src/graphql/build-schema';
import { createDataSource } from '../../server/src/db/data-source';
import { createTestDatabase } from '../support/test-database';

describe('generated artefacts stay in step with the code', () => {
  it('schema.graphql matches what the resolvers produce (run `pnpm schema:emit`)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(printBerthSchema(await buildBerthSchema())).toBe(committed);
  });

  describe('migrations', () => {
    let ds: DataSource;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const db = await createTestDatabase(); // a copy of the template, which ran every migration
      drop = db.drop;
      ds = createDataSource(db.url);
      await ds.initialize();
    });
    afterAll(async () => {
      await ds.destroy();
      await drop();
    });

    it('describe exactly the entities (no pending schema change)', async () => {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    });

    it('have all run, and none is pending', async () => {
      expect(await ds.showMigrations()).toBe(false);
    });

    it('can be reverted and re-applied', async () => {
      for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration();
      expect((await ds.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'customers'`))[0].n).toBe(0);
      await ds.runMigrations();
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    });
  });
});
