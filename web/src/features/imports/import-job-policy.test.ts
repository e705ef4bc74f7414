import { describe, expect, it } from 'vitest';
import { InMemoryCache } from '@apollo/client';
import { typePolicies } from '../../app/apollo/type-policies';
import type { ImportJobQuery } from '../../gql/graphql';
import { IMPORT_JOB_DETAIL_FIELDS } from './hooks/import-fields';
import { IMPORT_JOB_QUERY } from './hooks/useImportJob';
import { classCounts, importJob, outcomeCounts, undoCounts } from './imports-test-mocks';

describe("an import's cached job", () => {
  const read = (cache: InMemoryCache) => cache.readFragment({ fragment: IMPORT_JOB_DETAIL_FIELDS, fragmentName: 'ImportJobDetailFields', id: 'ImportJob:12' });
  // As a read of the job (the page's query, its poll, a read after an event) writes it.
  const write = (cache: InMemoryCache, job: ReturnType<typeof importJob>) => cache.writeQuery({ query: IMPORT_JOB_QUERY, variables: { id: '12' }, data: { importJob: job as unknown as ImportJobQuery['importJob'] } });

  it('never goes back to the columns when a poll sent before "Check rows" answers after it', () => {
    const cache = new InMemoryCache({ typePolicies });
    write(cache, importJob('UPLOADED'));
    write(cache, importJob('CHECKING', { source: 'Canton Fair' }));
    write(cache, importJob('UPLOADED'));
    expect(read(cache)).toMatchObject({ status: 'CHECKING', source: 'Canton Fair' });
  });

  it('keeps the furthest count within a step: rows checked, written, undone', () => {
    const cache = new InMemoryCache({ typePolicies });
    write(cache, importJob('CHECKING', { checkedRows: 200, classCounts: classCounts({ NEW: 200 }) }));
    write(cache, importJob('CHECKING', { checkedRows: 0 }));
    expect(read(cache)).toMatchObject({ checkedRows: 200, classCounts: { NEW: 200 } });

    write(cache, importJob('IMPORTING', { checkedRows: 30, doneRows: 20, outcomeCounts: outcomeCounts({ CREATED: 20 }) }));
    write(cache, importJob('IMPORTING', { checkedRows: 30, doneRows: 10, outcomeCounts: outcomeCounts({ CREATED: 10 }) }));
    expect(read(cache)).toMatchObject({ status: 'IMPORTING', doneRows: 20, outcomeCounts: { CREATED: 20 } });

    write(cache, importJob('UNDOING', { checkedRows: 30, doneRows: 30, undoCounts: undoCounts(5, 1) }));
    write(cache, importJob('UNDOING', { checkedRows: 30, doneRows: 30, undoCounts: undoCounts(2, 0) }));
    expect(read(cache)).toMatchObject({ undoCounts: { removed: 5, kept: 1 } });
  });

  it('moves on through every step, and into an undo after a cancelled write', () => {
    const cache = new InMemoryCache({ typePolicies });
    const steps = ['UPLOADED', 'CHECKING', 'CHECKED', 'IMPORTING', 'CANCELLED', 'UNDOING', 'UNDONE'] as const;
    for (const status of steps) {
      write(cache, importJob(status));
      expect(read(cache)?.status).toBe(status);
    }
  });

  it('takes a copy of equal standing as it comes (a rename of nothing, a later read of the same step)', () => {
    const cache = new InMemoryCache({ typePolicies });
    write(cache, importJob('CHECKED', { checkedRows: 30, source: null }));
    write(cache, importJob('CHECKED', { checkedRows: 30, source: 'Canton Fair' }));
    expect(read(cache)).toMatchObject({ status: 'CHECKED', source: 'Canton Fair' });
  });
});
