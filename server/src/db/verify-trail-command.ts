/**
 * `pnpm trail:verify`: recomputes the ownership trail's hash chain in Berth's database
 * (DATABASE_URL, or the embedded one) and lists every event that does not follow from the one
 * before it. Exits 1 when the trail is broken, 0 when it is intact — for a cron job or an audit.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { DatabaseUnavailableError, openDatabase } from './database';
import { OwnershipTrailRepository } from '../modules/ownership/ownership-trail.repository';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  let broken = true;
  try {
    const check = await new OwnershipTrailRepository().verify(database.dataSource.manager, null, 1000);
    console.log(`Checked ${check.events.toLocaleString('en')} ownership events of ${check.customers.toLocaleString('en')} customers.`);
    for (const b of check.breaks) console.log(`BROKEN at event ${b.eventId} of customer ${b.customerId} (${b.occurredAt.toISOString()})`);
    console.log(check.breaks.length ? `The trail is broken in ${check.breaks.length} place(s).` : 'The trail is intact.');
    broken = check.breaks.length > 0;
  } finally {
    await database.close();
  }
  process.exit(broken ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof DatabaseUnavailableError ? error.message : error);
  process.exit(2);
});
