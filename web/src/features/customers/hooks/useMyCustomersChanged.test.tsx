import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { customerNode } from '../../../test/customer-fixtures';
import { renderWithProviders } from '../../../test/render';
import { UNREAD_NOTIFICATIONS_QUERY, useUnreadCount } from '../../notifications/hooks/useUnreadCount';
import { CLAIM_QUOTA_QUERY, useClaimQuota } from '../../pool/hooks/useClaimQuota';
import type { MyCustomersChange } from '../my-customers-change';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION, useMyCustomersChanged } from './useMyCustomersChanged';

/** The shell's part (the subscription) beside what it keeps fresh: the bell's count and the claim quota. */
function Shell() {
  useMyCustomersChanged();
  const unread = useUnreadCount();
  const { data } = useClaimQuota();
  return <div data-testid="probe" data-unread={unread} data-claimed={data?.claimQuota.claimedToday ?? ''} />;
}

const unreadMock = (unreadCount: number) => ({
  request: { query: UNREAD_NOTIFICATIONS_QUERY },
  result: { data: { notifications: { __typename: 'NotificationConnection', unreadCount } } },
  maxUsageCount: 1,
});
const quotaMock = (claimedToday: number) => ({
  request: { query: CLAIM_QUOTA_QUERY },
  result: { data: { claimQuota: { __typename: 'ClaimQuota', claimedToday, dailyLimit: 10, day: '2026-11-22', holdings: 40, holdingCap: 200 } } },
  maxUsageCount: 1,
});
const event = (change: Omit<MyCustomersChange, 'customer'> & { customer: object | null }) => ({
  request: { query: MY_CUSTOMERS_CHANGED_SUBSCRIPTION },
  result: { data: { myCustomersChanged: { __typename: 'MyCustomersChanged', ...change } } },
  delay: 300,
});

const probe = () => screen.getByTestId('probe');
const settled = async () => {
  await waitFor(() => expect(probe().dataset.unread).toBe('1'));
  await waitFor(() => expect(probe().dataset.claimed).toBe('0'));
};

describe('useMyCustomersChanged', () => {
  it('on a reminder, asks for the notifications again and says which customer to follow up', async () => {
    const customer = customerNode({ protectedUntil: new Date(Date.now() + 2.5 * 86_400_000).toISOString() });
    renderWithProviders(<Shell />, {
      mocks: [unreadMock(1), unreadMock(2), quotaMock(0), quotaMock(5), event({ kind: 'REMINDER', customerIds: ['c1'], customer })],
    });
    await settled();

    await waitFor(() => expect(probe().dataset.unread).toBe('2'), { timeout: 2000 });
    expect(screen.getByTestId('snackbar').textContent).toBe('Protection of Acme Logistics ends in 2 days — log a follow-up');
    expect(probe().dataset.claimed).toBe('0');
  });

  it('on a claim, asks for the quota again and says nothing', async () => {
    renderWithProviders(<Shell />, {
      mocks: [unreadMock(1), unreadMock(7), quotaMock(0), quotaMock(1), event({ kind: 'CLAIMED', customerIds: ['c1'], customer: customerNode() })],
    });
    await settled();

    await waitFor(() => expect(probe().dataset.claimed).toBe('1'), { timeout: 2000 });
    expect(probe().dataset.unread).toBe('1');
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('tells a rep how many of their customers were recycled, and refreshes the quota', async () => {
    renderWithProviders(<Shell />, {
      mocks: [unreadMock(1), quotaMock(0), quotaMock(0), event({ kind: 'RECYCLED', customerIds: ['c1', 'c2'], customer: null })],
    });
    await settled();

    expect((await screen.findByTestId('snackbar', {}, { timeout: 2000 })).textContent).toBe('2 customers went back to the public pool');
  });
});
