import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// Types only: the generator is web's devDependency, loaded below from there.
import type * as Codegen from '../../web/node_modules/@graphql-codegen/cli';

/**
 * web/src/gql is generated from schema.graphql and the web's graphql() documents (`pnpm codegen`)
 * and committed. This runs the same generator with the same config (web/codegen.ts, loaded as the
 * CLI loads it) in memory and compares: a schema or document change without a new run fails here.
 */
const web = path.resolve(__dirname, '../../web');
const generated = path.join(web, 'src/gql');
const codegen: typeof Codegen = createRequire(path.join(web, 'package.json'))('@graphql-codegen/cli');

describe('web/src/gql', () => {
  it('is what pnpm codegen makes of schema.graphql and the documents', async () => {
    const loaded = await codegen.loadCodegenConfig({ configFilePath: path.join(web, 'codegen.ts') });
    // generate() is typed loosely (watch mode resolves to nothing); without saving it returns the files.
    const files: { filename: string; content: string }[] = await codegen.generate({ ...loaded.config, cwd: web, silent: true }, false);
    const expected = new Map(files.map((file) => [path.resolve(web, file.filename), file.content]));

    const committed = existsSync(generated) ? readdirSync(generated).map((name) => path.join(generated, name)) : [];
    const stale = [...new Set([...expected.keys(), ...committed])]
      .filter((file) => !existsSync(file) || readFileSync(file, 'utf8') !== expected.get(file))
      .map((file) => path.relative(web, file));

    expect(expected.size).toBeGreaterThan(0);
    expect(stale, 'web/src/gql is stale: run pnpm codegen').toEqual([]);
  });
});
