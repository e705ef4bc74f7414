import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules that keep the house in order, tried on planted code: TypeORM stays in
 * repositories, entities and db/ (a type may pass through a service; a query may not). The whole
 * tree is linted by `pnpm lint` in `pnpm test:all`; this proves the rule bites.
 */
const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });
const rulesHit = async (file: string, code: string) =>
  (await eslint.lintText(code, { filePath: path.join(root, file) }))[0].messages.map((m) => m.ruleId);

const QUERY = `import { In } from 'typeorm';\nexport const byIds = (ids: number[]) => ({ id: In(ids) });\n`;
const TYPE_ONLY = `import type { EntityManager } from 'typeorm';\nexport const pass = (m: EntityManager) => m;\n`;

describe('house lint rules', () => {
  it('refuses TypeORM code in services, resolvers and other server modules', async () => {
    expect(await rulesHit('server/src/modules/pool/planted.service.ts', QUERY)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rulesHit('server/src/modules/pool/planted.resolver.ts', QUERY)).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rulesHit('server/src/graphql/planted.ts', QUERY)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows it in repositories, entities and db/, and a type anywhere', async () => {
    expect(await rulesHit('server/src/modules/pool/planted.repository.ts', QUERY)).toEqual([]);
    expect(await rulesHit('server/src/modules/pool/planted.entity.ts', QUERY)).toEqual([]);
    expect(await rulesHit('server/src/db/planted.ts', QUERY)).toEqual([]);
    expect(await rulesHit('server/src/modules/pool/planted.service.ts', TYPE_ONLY)).toEqual([]);
  });
});
