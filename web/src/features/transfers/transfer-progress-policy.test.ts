import { describe, expect, it } from 'vitest';
import { InMemoryCache } from '@apollo/client';
import { typePolicies } from '../../app/apollo/type-policies';
import { TRANSFER_PROGRESS_FIELDS } from './hooks/transfer-fields';
import { progress } from './transfer-test-mocks';

describe("a transfer's cached progress", () => {
  const id = { __typename: 'TransferProgress', requestId: 't1' };
  const read = (cache: InMemoryCache) => cache.readFragment({ fragment: TRANSFER_PROGRESS_FIELDS, id: cache.identify(id) });

  it('is one per request, and a late read never takes it back', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeFragment({ fragment: TRANSFER_PROGRESS_FIELDS, data: progress('t1', 'QUEUED', 12) });
    cache.writeFragment({ fragment: TRANSFER_PROGRESS_FIELDS, data: progress('t1', 'DONE', 12, 12, 11, 1) });
    cache.writeFragment({ fragment: TRANSFER_PROGRESS_FIELDS, data: progress('t1', 'RUNNING', 12, 4) });
    expect(read(cache)).toMatchObject({ status: 'DONE', done: 12, moved: 11, failed: 1 });
  });

  it('follows a pending request through its decision', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeFragment({ fragment: TRANSFER_PROGRESS_FIELDS, data: progress('t1', 'PENDING', 12) });
    cache.writeFragment({ fragment: TRANSFER_PROGRESS_FIELDS, data: progress('t1', 'REJECTED', 12) });
    expect(read(cache)).toMatchObject({ status: 'REJECTED', done: 0 });
  });
});
