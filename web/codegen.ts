import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator (`pnpm codegen`): the web's GraphQL types come from the committed
 * ../schema.graphql and the documents written with `graphql()` from src/gql. Paths are relative to
 * web/ (the CLI runs there; tests/lint/codegen-fresh.test.ts passes `cwd`).
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Test files hold no documents of the app's own; src/gql is the output.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  generates: {
    'src/gql/': {
      preset: 'client',
      // Components take their fragment's data as a plain prop: no useFragment unmasking.
      presetConfig: { fragmentMasking: false },
      config: {
        // Every custom scalar as it arrives over JSON; strictScalars makes a new one fail until it is mapped here.
        scalars: { DateTimeISO: 'string' },
        strictScalars: true,
        // String unions, the same shape as @berth/domain's (CustomerStatus, Role, …). Codegen 7 /
        // client-preset 6 name this enumType (their default); the old enumsAsTypes is not read any more.
        enumType: 'string-literal',
        useTypeImports: true,
      },
    },
  },
};

export default config;
