import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { renderWithProviders } from '../../../test/render';
import { selectExpiringSoon } from '../protection-urgency';
import { ExpiringSoonPanel } from './ExpiringSoonPanel';
import type { ExpiringSoonPanelCustomer } from './ExpiringSoonPanel.fragment';
import { ProtectionBadge } from './ProtectionBadge';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-22T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const policy = { ...DEFAULT_POOL_POLICY, reminderLeadDays: 3, teamTimeZone: 'UTC' };

function customer(id: string, companyName: string, protectedUntil: string | null): ExpiringSoonPanelCustomer {
  return {
    id,
    companyName,
    protectedUntil,
    status: 'NEGOTIATING',
    locked: false,
    tier: { code: 'B', name: 'B — growth' },
    owner: { id: 'u1', name: 'Rita Rep' },
  };
}

const OWNED = [
  customer('c1', 'Safe Harbour Ltd', at(12 * DAY)),
  customer('c2', 'Two Days Trading', at(2 * DAY + HOUR)),
  customer('c3', 'Ended Yesterday Co', at(-DAY)),
  customer('c4', 'Last Hours GmbH', at(5 * HOUR)),
];

function renderPanel(customers: ExpiringSoonPanelCustomer[], compact = false, more = 0) {
  renderWithProviders(
    <ExpiringSoonPanel
      customers={selectExpiringSoon(customers, now, policy)}
      now={now}
      policy={policy}
      showOwner={false}
      compact={compact}
      more={more}
      loading={false}
      failed={false}
      onRetry={() => {}}
    />,
    { route: '/customers', otherRoutes: { '/customers/:id': <p>customer page</p> } },
  );
  return screen.getByTestId('expiring-soon');
}

const itemText = (item: HTMLElement) => [item.dataset.customerId, item.textContent];

describe('the protection countdown', () => {
  it.each([
    [at(12.5 * DAY), 'PROTECTED', '12 days left'],
    [at(2 * DAY + HOUR), 'EXPIRING_SOON', '2 days left'],
    [at(35 * 60_000), 'EXPIRING_SOON', '35 min left'],
    [at(-HOUR), 'EXPIRED', 'Ended'],
  ])('ending %s is %s: "%s"', (protectedUntil, state, text) => {
    renderWithProviders(<ProtectionBadge protectedUntil={protectedUntil} now={now} policy={policy} />);
    const badge = screen.getByTestId('protection-badge');
    expect(badge.dataset.state).toBe(state);
    expect(badge.textContent).toBe(text);
  });

  it('turns amber as soon as the served lead says so', () => {
    renderWithProviders(<ProtectionBadge protectedUntil={at(5 * DAY)} now={now} policy={{ ...policy, reminderLeadDays: 7 }} />);
    expect(screen.getByTestId('protection-badge').dataset.state).toBe('EXPIRING_SOON');
  });
});

describe('ExpiringSoonPanel', () => {
  it('lists only the urgent customers, soonest end first, each linking to its page', async () => {
    const panel = renderPanel(OWNED);
    expect(panel.dataset.count).toBe('3');
    const items = within(panel).getAllByTestId('expiring-soon-item');
    expect(items.map(itemText)).toEqual([
      ['c3', 'Ended Yesterday CoEnded'],
      ['c4', 'Last Hours GmbH5 h left'],
      ['c2', 'Two Days Trading2 days left'],
    ]);
    expect(items.map((item) => within(item).getByTestId('protection-badge').dataset.state)).toEqual(['EXPIRED', 'EXPIRING_SOON', 'EXPIRING_SOON']);
    expect(within(panel).queryByText('Safe Harbour Ltd')).toBeNull();

    await userEvent.setup().click(within(items[1]).getByRole('link', { name: 'Last Hours GmbH' }));
    expect(screen.getByTestId('location').textContent).toBe('/customers/c4');
  });

  it('says so when nothing is due, with the served lead', () => {
    const panel = renderPanel([OWNED[0]]);
    expect(panel.dataset.count).toBe('0');
    expect(within(panel).getByTestId('expiring-soon-empty').textContent).toBe('Nothing ends in the next 3 days.');
  });

  it('shows three on a phone, and the rest on request', async () => {
    const many = Array.from({ length: 5 }, (_, i) => customer(`m${i}`, `Mooring ${i} Ltd`, at((i + 1) * HOUR)));
    const panel = renderPanel(many, true);
    expect(within(panel).getAllByTestId('expiring-soon-item')).toHaveLength(3);

    await userEvent.setup().click(within(panel).getByTestId('expiring-soon-toggle'));

    expect(within(panel).getAllByTestId('expiring-soon-item')).toHaveLength(5);
  });

  it('counts the customers in the window beyond those read, and says where to find them', () => {
    const panel = renderPanel(OWNED, false, 12);
    expect(panel.dataset.count).toBe('3');
    expect(within(panel).getAllByTestId('expiring-soon-item')).toHaveLength(3);
    expect(within(panel).getByText('3+')).toBeTruthy();
    expect(within(panel).getByTestId('expiring-soon-more').textContent).toBe('12 more end soon: sort the list by Protection to see them all.');
    expect(panel.textContent).not.toContain('held longest');
  });

  it('never says nothing ends while some are counted but not listed', () => {
    const panel = renderPanel([OWNED[0]], false, 2);
    expect(within(panel).queryByTestId('expiring-soon-empty')).toBeNull();
    expect(within(panel).getByTestId('expiring-soon-more').textContent).toContain('2 more end soon');
  });
});
