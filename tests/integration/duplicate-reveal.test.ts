import { describe, expect, it } from 'vitest';
import { BerthError } from '@berth/domain';
import { revealMatches } from '../../server/src/modules/duplicates/reveal';
import type { RevealRow } from '../../server/src/modules/duplicates/clash.repository';

const rep = { userId: 7, role: 'REP' as const, departmentPath: '/1/' };
const judged = (customerId: number) => ({ customerId, verdict: 'BLOCK' as const, evidence: [] });
const row = (id: number, ownerId: number | null): RevealRow => ({
  id,
  companyName: `Customer ${id}`,
  ownerId,
  ownerName: ownerId === null ? null : `Rep ${ownerId}`,
  departmentName: ownerId === null ? null : 'North',
  departmentPath: ownerId === null ? null : '/1/',
  protectedUntil: ownerId === null ? null : new Date('2026-12-20T00:00:00Z'),
});

describe('revealMatches', () => {
  it('shows each match as the viewer may see it: own and pool customers by id, others by owner name only', () => {
    const [own, other, pooled] = revealMatches(rep, [judged(1), judged(2), judged(3)], [row(3, null), row(1, 7), row(2, 8)]);
    expect(own).toMatchObject({ customerId: 1, ownerId: 7, customer: { id: 1, inPool: false, owner: { name: 'Rep 7' } } });
    expect(other).toMatchObject({ customerId: 2, ownerId: 8, customer: { id: null, owner: { name: 'Rep 8', departmentName: 'North' } } });
    expect(pooled).toMatchObject({ customerId: 3, ownerId: null, customer: { id: 3, inPool: true, owner: null, protectedUntil: null } });
  });

  it('names the broken invariant when a matched customer has no ownership row', () => {
    let thrown: unknown;
    try {
      revealMatches(rep, [judged(1), judged(2)], [row(1, 7)]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BerthError);
    expect(thrown).toMatchObject({ code: 'BROKEN_INVARIANT', details: { invariant: 'CUSTOMER_HAS_OWNERSHIP_ROW' } });
    expect((thrown as Error).message).toContain('Customer 2 has no ownership row');
  });
});
