import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

/** The one way Berth opens its database: migrations only, never `synchronize`. */
export function createDataSource(url: string, opts: { poolSize?: number; queryLogger?: TypeOrmLogger } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: opts.queryLogger ? ['query'] : false,
    logger: opts.queryLogger,
    extra: { max: opts.poolSize ?? 20 },
  });
}
