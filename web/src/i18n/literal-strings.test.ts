import { describe, expect, it } from 'vitest';
import { findLiteralStrings } from './literal-strings';

// Every source file of the dashboard, as text (Vite reads them at test time).
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx'], { query: '?raw', import: 'default', eager: true });
// Catalogues hold the strings; tests and fixtures speak to developers; gql/ is generated (pnpm codegen).
const SKIP = [/\.test\.tsx?$/, /^i18n\/catalogue\//, /^test\//, /^gql\//, /^i18n\/literal-strings\.ts$/, /\.d\.ts$/, /-mocks\.tsx?$/];

function sourceFiles(): [string, string][] {
  return Object.entries(SOURCES)
    .map(([path, text]): [string, string] => [path.replace(/^\.\.\//, '').replace(/^\.\//, 'i18n/'), text])
    .filter(([file]) => !SKIP.some((s) => s.test(file)));
}

describe('user-facing text', () => {
  it('comes from the message catalogue, not from literals in components', () => {
    const found = sourceFiles().flatMap(([file, text]) => findLiteralStrings(file, text));
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  it('finds what it is meant to find', () => {
    const code = `
      const columns = [{ field: 'name', headerName: 'Company' }];
      export const A = () => <Button title="Claim it" data-testid="x-y">Claim selected</Button>;
      const s = \`\${n} days in the pool\`;
      const css = { border: '1px solid', justifyContent: 'space-between' };
      // i18n-exempt: brand
      const brand = 'Berth Sales Suite';
      const Q = graphql(\`query Pool { poolCustomers { totalCount } }\`);
    `;
    expect(findLiteralStrings('x.tsx', code).map((f) => f.text)).toEqual(['Company', 'Claim it', 'Claim selected', 'days in the pool']);
  });
});
