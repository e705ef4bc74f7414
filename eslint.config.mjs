// ESLint for every package (typescript-eslint, untyped rules: fast, and tsc already checks types).
// One house rule beyond the recommended set: TypeORM stays in repositories, entities and db/ —
// services and resolvers reach the database through a repository, so every query has one home.
import tseslint from 'typescript-eslint';

const TYPEORM_HOME = 'TypeORM belongs in repositories (*.repository.ts), entities (*.entity.ts) and server/src/db/: reach the database through a repository.';

export default tseslint.config(
  {
    // web/src/gql is generated (pnpm codegen) and kept as generated.
    ignores: ['**/dist/**', '**/node_modules/**', 'tests/artifacts/**', '**/*.d.ts', 'web/vite.config.ts', 'web/src/gql/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // Tests and bench code read GraphQL answers loosely on purpose; production code keeps types.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.repository.ts', 'server/src/**/*.entity.ts', 'server/src/db/**'],
    rules: {
      // Types may name a transaction (EntityManager) or the pool (DataSource) as they pass through;
      // anything that runs TypeORM code (query builders, operators, decorators) may not.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'typeorm', message: TYPEORM_HOME, allowTypeImports: true }] }],
    },
  },
);
