import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { customerNode, protectionPolicyMock } from '../../../test/customer-fixtures';
import { renderWithProviders } from '../../../test/render';
import { UNREAD_NOTIFICATIONS_QUERY, useUnreadCount } from '../../notifications/hooks/useUnreadCount';
import { CLAIM_QUOTA_QUERY, useClaimQuota } from '../../pool/hooks/useClaimQuota';
import { usePoolPolicy } from '../../settings/hooks/usePoolPolicy';
import type { MyCustomersChange } from '../my-customers-change';
import { EXPIRING_SOON_QUERY, useExpiringSoon } from './useExpiringSoon';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION, useMyCustomersChanged } from './useMyCustomersChanged';

/** The shell's part (the subscription) beside what it keeps fresh: the bell's count and the claim quota. */
function Shell() {
  useMyCustomersChanged();
  const unread = useUnreadCount();
  const { data } = useClaimQuota();
  return <div data-testid="probe" data-unread={unread} data-claimed={data?.claimQuota.claimedToday ?? ''} />;
}

/** The shell beside a dashboard: the policy the countdowns colour by and the expiring-soon panel. */
function Dashboard() {
  useMyCustomersChanged();
  const { data } = useClaimQuota();
  const { rules, loading } = usePoolPolicy();
  const expiring = useExpiringSoon(new Date(), rules, { skip: loading });
  return (
    <div
      data-testid="probe"
      data-lead={loading ? '' : rules.reminderLeadDays}
      data-expiring={expiring.customers.map((c) => c.id).join(',')}
      data-limit={data?.claimQuota.dailyLimit ?? ''}
    />
  );
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
const expiringMock = (protectedUntil: string | null, reminderLeadDays: number, maxUsageCount = 1) => ({
  request: {
    query: EXPIRING_SOON_QUERY,
    // The window the served lead places: three days out, then (after the save) seven.
    variables: (v: { filter: { protectedUntilBefore: string } }) => {
      const days = (Date.parse(v.filter.protectedUntilBefore) - Date.now()) / 86_400_000;
      return days > reminderLeadDays - 0.01 && days < reminderLeadDays + 0.01;
    },
  },
  result: {
    data: {
      customers: {
        __typename: 'CustomerConnection',
        totalCount: protectedUntil ? 1 : 0,
        edges: protectedUntil ? [{ __typename: 'CustomerEdge', node: customerNode({ id: 'c5', protectedUntil }) }] : [],
      },
    },
  },
  maxUsageCount,
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

    await waitFor(() => expect(probe().dataset.unread).toBe('2'));
    expect((await screen.findByTestId('snackbar')).textContent).toBe('Protection of Acme Logistics ends in 2 days — log a follow-up');
    expect(probe().dataset.claimed).toBe('0');
  });

  it('on a claim, asks for the quota again and says nothing', async () => {
    renderWithProviders(<Shell />, {
      mocks: [unreadMock(1), unreadMock(7), quotaMock(0), quotaMock(1), event({ kind: 'CLAIMED', customerIds: ['c1'], customer: customerNode() })],
    });
    await settled();

    await waitFor(() => expect(probe().dataset.claimed).toBe('1'));
    expect(probe().dataset.unread).toBe('1');
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('tells a rep how many of their customers were recycled, and refreshes the quota', async () => {
    renderWithProviders(<Shell />, {
      mocks: [unreadMock(1), quotaMock(0), quotaMock(0), event({ kind: 'RECYCLED', customerIds: ['c1', 'c2'], customer: null })],
    });
    await settled();

    expect((await screen.findByTestId('snackbar')).textContent).toBe('2 customers went back to the public pool');
  });

  it('after an admin saved the policy, reads it again and asks for the new expiring-soon window', async () => {
    const fiveDays = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const withLimit = (dailyLimit: number) => {
      const mock = quotaMock(0);
      return { ...mock, result: { data: { claimQuota: { ...mock.result.data.claimQuota, dailyLimit } } } };
    };
    renderWithProviders(<Dashboard />, {
      mocks: [
        { ...protectionPolicyMock(3), maxUsageCount: 1 },
        { ...protectionPolicyMock(7), maxUsageCount: 1 },
        // The lists are dropped at once, so the old window is read again before the new policy arrives.
        expiringMock(null, 3, 2),
        expiringMock(fiveDays, 7),
        withLimit(10),
        withLimit(20),
        event({ kind: 'QUOTA_CHANGED', customerIds: [], customer: null }),
      ],
    });
    await waitFor(() => expect(probe().dataset.lead).toBe('3'));
    await waitFor(() => expect(probe().dataset.limit).toBe('10'));
    expect(probe().dataset.expiring).toBe('');

    // Five days out is not due under a three-day lead; under the saved seven-day lead it is.
    await waitFor(() => expect(probe().dataset.lead).toBe('7'));
    await waitFor(() => expect(probe().dataset.expiring).toBe('c5'));
    await waitFor(() => expect(probe().dataset.limit).toBe('20'));
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });
});
