/**
 * `pnpm schema:emit` writes schema.graphql at the repository root; `--check` exits non-zero
 * when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildBerthSchema, printBerthSchema } from './build-schema';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

async function main() {
  const printed = printBerthSchema(await buildBerthSchema());
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== printed) {
      console.error('schema.graphql is stale: run `pnpm schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
