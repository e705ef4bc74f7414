import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAdminSql } from './pg-admin';
import { createDataSource } from '../../server/src/db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded-postgres';
import { createLogger } from '../../server/src/logger';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A maintenance connection URL (database `postgres`) on the test cluster. */
    pgAdminUrl: string;
    /** A fully migrated database that each test file copies (CREATE DATABASE … TEMPLATE). */
    pgTemplateDatabase: string;
  }
}

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with
// process.exit(0): a run whose tests failed (vitest sets exitCode 1 and lets the loop drain)
// exited 0, and CI passed it. Keep the code vitest set.
let intendedExitCode: number | undefined;
process.on('beforeExit', () => {
  if (typeof process.exitCode === 'number' && process.exitCode !== 0) intendedExitCode ??= process.exitCode;
});
process.on('exit', () => {
  if (intendedExitCode !== undefined) process.exitCode = intendedExitCode;
});

let embedded: EmbeddedDatabase | null = null;
let dataDir: string | null = null;

/**
 * Real PostgreSQL for the whole run: DATABASE_URL when given, else an embedded cluster in a
 * temporary directory. Migrations run once into a template; test files copy it.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL.replace(/\/[^/?]+(\?|$)/, '/postgres$1');
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-test-'));
    fs.chmodSync(dataDir, 0o755); // the embedded server runs as the `postgres` user when we are root
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', logger: createLogger('silent') });
    adminUrl = embedded.url;
  }
  const template = `berth_template_${process.pid}_${project.name}`;
  await runAdminSql(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await runAdminSql(adminUrl, `CREATE DATABASE ${template}`);
  const ds = createDataSource(adminUrl.replace(/\/postgres(\?|$)/, `/${template}$1`));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplateDatabase', template);

  return async () => {
    await runAdminSql(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
