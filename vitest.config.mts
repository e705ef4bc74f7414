import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// graphql ships both index.mjs and index.js. Vite would pick the .mjs for our code while
// type-graphql and Apollo `require` the .js: two GraphQLError classes, and `instanceof` fails.
// Point everything at the one copy the server uses at run time.
const root = path.dirname(fileURLToPath(import.meta.url));
const graphqlOfServer = createRequire(path.join(root, 'server/package.json')).resolve('graphql');
const serverSideResolve = { alias: [{ find: /^graphql$/, replacement: graphqlOfServer }] };

// One `vitest run` covers every tier: pure domain rules, web components, integration against
// real PostgreSQL, and browser end-to-end. Each tier is a project so it can also run alone.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'domain', include: ['packages/domain/test/**/*.test.ts'], environment: 'node' },
      },
      'web/vite.config.ts',
      {
        // The house's lint rules on planted code (pnpm lint runs them over the whole tree).
        test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        resolve: serverSideResolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: serverSideResolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // Each bench as `pnpm bench:* --smoke` runs it, in a child process with its own PostgreSQL.
        test: { name: 'bench', include: ['tests/bench/**/*.test.ts'], environment: 'node', testTimeout: 600_000 },
      },
    ],
  },
});
