import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** Where it lives, without the password, for the start-up banner. */
  description: string;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/**
 * Opens PostgreSQL (DATABASE_URL, or the embedded one under BERTH_DATA_DIR) and applies
 * pending migrations. Schema changes only ever come from migrations.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'berth', logger }).catch(
        (error: Error) => {
          throw new DatabaseUnavailableError(`could not start the embedded PostgreSQL: ${error.message}`);
        },
      );
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new DatabaseUnavailableError(`cannot reach PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  }
  await warnOnNonUnicodeCtype(dataSource, logger);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  return {
    dataSource,
    description: embedded ? `embedded PostgreSQL in ${config.dataDir} (port ${config.embeddedPgPort})` : redact(url),
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Similar-name matching needs a UTF-8 ctype (see embedded-postgres.ts); say so when a given database lacks it. */
async function warnOnNonUnicodeCtype(dataSource: DataSource, logger: Logger): Promise<void> {
  const [{ ctype }] = await dataSource.query('SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()');
  if (!/utf-?8/i.test(ctype)) {
    logger.warn(`The database's LC_CTYPE is "${ctype}", not UTF-8: similar-name matching will miss non-Latin names. Create it with a UTF-8 locale.`);
  }
}
