/** For the TypeORM CLI (`pnpm --filter @berth/server migration:generate <path>`): DATABASE_URL required. */
import { createDataSource } from './data-source';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required for the TypeORM CLI');
export default createDataSource(process.env.DATABASE_URL);
