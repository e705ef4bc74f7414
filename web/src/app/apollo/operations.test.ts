import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
// The server's emitted schema (`pnpm schema:emit`): the contract every operation must satisfy.
import schemaSdl from '../../../../schema.graphql?raw';
// The server's operation limits (depth, aliases, cost, page sizes), judged as the server judges them.
import { assertWithinLimits } from '../../../../server/src/graphql/operation-limits';

/** Every graphql() document exported anywhere in the app, found rather than listed so none is missed. */
function appOperations(): [string, DocumentNode][] {
  // gql/ is generated: its documents are the same objects, already found where they are written.
  const modules = import.meta.glob<Record<string, unknown>>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}', '!../../test/**', '!../../main.tsx', '!../../gql/**'], {
    eager: true,
  });
  const found: [string, DocumentNode][] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      const doc = value as DocumentNode;
      if (doc?.kind === Kind.DOCUMENT && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        found.push([`${file}#${name}`, doc]);
      }
    }
  }
  return found;
}

describe('operations against the emitted schema', () => {
  const schema = buildSchema(schemaSdl);
  const operations = appOperations();

  it('finds the app operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
  });

  it.each(operations)('%s is valid', (_name, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  // With the schema's default page sizes: the server once refused the notifications panel's query.
  it.each(operations)('%s is within the operation limits', (_name, doc) => {
    expect(() => assertWithinLimits(schema, doc, {})).not.toThrow();
  });
});
