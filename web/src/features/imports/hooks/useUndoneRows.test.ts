import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import schemaSdl from '../../../../../schema.graphql?raw';
// The server's operation limits, judged as the server judges them (as app/apollo/operations.test.ts does with default page sizes).
import { assertWithinLimits } from '../../../../../server/src/graphql/operation-limits';
import { IMPORT_ROWS_PAGE, IMPORT_ROWS_QUERY } from './useImportRows';
import { UNDO_ROWS_PAGE } from './useUndoneRows';

describe('the pages of import rows the lists ask for', () => {
  const schema = buildSchema(schemaSdl);

  it.each([
    ['a class or outcome list', IMPORT_ROWS_PAGE],
    ['an undone import’s sifted list', UNDO_ROWS_PAGE],
  ])('are within the server’s operation limits for %s', (_list, first) => {
    expect(() => assertWithinLimits(schema, IMPORT_ROWS_QUERY, { id: '12', outcome: 'CREATED', afterRow: 0, first })).not.toThrow();
  });
});
