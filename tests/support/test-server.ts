import path from 'node:path';
import 'reflect-metadata';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { startBerthServer, type BerthServer } from '../../server/src/app';
import { ManualClock } from '../../server/src/clock';
import { loadConfig, type Config } from '../../server/src/config';
import { createDataSource } from '../../server/src/db/data-source';
import { createLogger } from '../../server/src/logger';
import { createTestDatabase } from './test-database';

export interface TestServer {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  clock: ManualClock;
  dataSource: DataSource;
  server: BerthServer;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Another server instance on the same database and clock, as a second replica behind a load balancer. */
export async function startAnotherInstance(t: TestServer, overrides: Partial<Config> = {}): Promise<Omit<TestServer, 'clock' | 'databaseUrl'>> {
  const dataSource = createDataSource(t.databaseUrl);
  await dataSource.initialize();
  const config = { ...loadConfig({}), port: 0, databaseUrl: t.databaseUrl, webDistDir: '/nonexistent', logLevel: 'silent' as const, ...overrides };
  const server = await startBerthServer({ config, dataSource, clock: t.clock, logger: createLogger('silent') });
  return {
    url: server.url,
    graphqlUrl: `${server.url}/graphql`,
    wsUrl: `ws://localhost:${server.port}/graphql`,
    dataSource,
    server,
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

/**
 * A real Berth server on a free port over its own database copy, with a clock the test
 * controls. `production` switches on the production-only behaviour (no introspection).
 */
export async function startTestServer(
  opts: { production?: boolean; now?: string; withDashboard?: boolean; onQuery?: (sql: string) => void; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const queryLogger = opts.onQuery ? queryLoggerOf(opts.onQuery) : undefined;
  const dataSource = createDataSource(db.url, { queryLogger });
  await dataSource.initialize();
  const clock = new ManualClock(opts.now ?? '2026-11-22T09:00:00Z');
  const config = {
    ...loadConfig({}),
    port: 0,
    databaseUrl: db.url,
    production: opts.production ?? false,
    webDistDir: opts.withDashboard ? path.resolve(__dirname, '../../web/dist') : '/nonexistent',
    logLevel: 'silent' as const,
    ...opts.config,
  };
  const server = await startBerthServer({ config, dataSource, clock, logger: createLogger('silent') });
  return {
    url: server.url,
    graphqlUrl: `${server.url}/graphql`,
    wsUrl: `ws://localhost:${server.port}/graphql`,
    clock,
    dataSource,
    server,
    databaseUrl: db.url,
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

function queryLoggerOf(onQuery: (sql: string) => void): TypeOrmLogger {
  const ignore = () => undefined;
  return { logQuery: (sql) => onQuery(sql), logQueryError: ignore, logQuerySlow: ignore, logSchemaBuild: ignore, logMigration: ignore, log: ignore };
}
