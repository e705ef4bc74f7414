/**
 * Composition root: config → database (embedded unless DATABASE_URL) → demo data on first run
 * → HTTP + WebSocket server. Failures before serving print one line and exit non-zero.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { systemClock } from './clock';
import { createLogger } from './logger';
import { DatabaseUnavailableError, openDatabase } from './db/database';
import { seedDemoDataIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } from './db/seed/demo-seed';
import { startBerthServer } from './app';
import { startPoolScheduler } from './modules/pool/pool-scheduler';
import { startAnalyticsFolder } from './modules/analytics/analytics-folder';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  if (config.seedDemoData && (await seedDemoDataIfEmpty(database.dataSource, systemClock.now(), config.phoneRegion, config.teamTimeZone))) {
    logger.info('Created the demo team and customers (first start on an empty database).');
  }
  const server = await startBerthServer({ config, dataSource: database.dataSource, clock: systemClock, logger });
  const stopSweeps = startPoolScheduler(server.services, config.sweepSeconds, logger);
  const stopFolding = startAnalyticsFolder(server.services.poolAnalytics, 1, logger);
  logger.info(`Database: ${database.description}`);
  if (config.seedDemoData) {
    logger.info(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.join(', ')}`);
  }
  // Last, so it is what a user sees: the address to open.
  logger.info(`Berth is running on ${server.url} (GraphQL at ${server.url}/graphql, HTTP and WebSocket)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping …`);
    stopSweeps();
    stopFolding();
    await server.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const port = (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE' ? ' (set PORT to use another port)' : '';
  console.error(`Berth could not start: ${message}${port}`);
  if (!(error instanceof ConfigError || error instanceof DatabaseUnavailableError) && error instanceof Error) {
    console.error(error.stack?.split('\n').slice(1, 4).join('\n')); // unexpected: show where, briefly
  }
  process.exit(1);
});
