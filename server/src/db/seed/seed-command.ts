/** `pnpm seed`: adds the demo team and customers to an empty Berth database. */
import 'reflect-metadata';
import { loadConfig } from '../../config';
import { systemClock } from '../../clock';
import { createLogger } from '../../logger';
import { openDatabase } from '../database';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoDataIfEmpty } from './demo-seed';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  try {
    const seeded = await seedDemoDataIfEmpty(database.dataSource, systemClock.now(), config.phoneRegion, config.teamTimeZone);
    console.log(
      seeded
        ? `Seeded the demo data. Logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.join(', ')}`
        : 'The database already has users; the demo data was not added.',
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
