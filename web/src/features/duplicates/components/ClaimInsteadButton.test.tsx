import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { CLAIM_QUOTA_QUERY } from '../../pool/hooks/useClaimQuota';
import { POOL_MATCH_HOLD_QUERY } from '../hooks/useClaimInsteadBlock';
import { ClaimInsteadButton } from './ClaimInsteadButton';

const quota = (claimedToday: number) => ({
  request: { query: CLAIM_QUOTA_QUERY },
  result: { data: { claimQuota: { __typename: 'ClaimQuota', claimedToday, dailyLimit: 10, day: '2026-12-06', holdings: 40, holdingCap: 200 } } },
});
const hold = (claimHold: { code: string; until: string } | null) => ({
  request: { query: POOL_MATCH_HOLD_QUERY, variables: { id: 'p1' } },
  result: { data: { poolCustomer: { __typename: 'PoolCustomer', id: 'p1', claimHold: claimHold && { __typename: 'ClaimHold', ...claimHold } } } },
});

/** "Claim it instead" on a pool match knows before trying whether the claim can work, and says why not. */
describe('ClaimInsteadButton', () => {
  it('is off with the reason at the daily limit', async () => {
    renderWithProviders(<ClaimInsteadButton customerId="p1" companyName="Acme" />, { mocks: [quota(10), hold(null)] });
    expect((await screen.findByTestId('claim-instead-blocked')).textContent).toBe('You have made all 10 claims for today.');
    expect(screen.getByTestId<HTMLButtonElement>('claim-instead-button').disabled).toBe(true);
  });

  it("is off during the previous owner's cooldown, naming the day it opens, in Chinese too", async () => {
    const cooldown = { code: 'PREVIOUS_OWNER_COOLDOWN', until: '2027-01-04T20:00:00.000Z' };
    renderWithProviders(<ClaimInsteadButton customerId="p1" companyName="Acme" />, { mocks: [quota(2), hold(cooldown)], timeZone: 'Asia/Shanghai' });
    expect((await screen.findByTestId('claim-instead-blocked')).textContent).toBe('You held this customer until recently: you can claim it again on Jan 5.');
    expect(screen.getByTestId<HTMLButtonElement>('claim-instead-button').disabled).toBe(true);
  });

  it('speaks Chinese', async () => {
    const cooldown = { code: 'PREVIOUS_OWNER_COOLDOWN', until: '2027-01-04T20:00:00.000Z' };
    renderWithProviders(<ClaimInsteadButton customerId="p1" companyName="Acme" />, { mocks: [quota(2), hold(cooldown)], locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect((await screen.findByTestId('claim-instead-blocked')).textContent).toBe('你最近负责过该客户，1月5日起可再次领取。');
  });
});
