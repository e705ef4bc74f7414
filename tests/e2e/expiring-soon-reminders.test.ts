import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addTeamDays } from '@berth/domain';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import type { TestServer } from '../support/test-server';
import { useDemoRunAtRealTime } from '../support/demo-run';
import { ARTIFACTS, VIEWPORTS, eventually, openSignedIn, screenshot } from '../support/browser';
import { gql } from '../support/graphql-client';

const MINUTE = 60_000;

/** What a phone shows without scrolling: a full-page shot of a long card list hides the panel's scale. */
const firstScreen = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

/**
 * rep1 keeps My customers open while a customer's protection enters its reminder window: the
 * reminder is counted on the bell and announced, the customer joins "Expiring soon" in amber,
 * and leaves it again once a follow-up is logged. Nobody reloads.
 */
describe('protection reminders and the expiring-soon panel, live, in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  useDemoRunAtRealTime((run) => ({ t, browser } = run));

  /**
   * rep1 on My customers with the browser's clock under the test's hand: installed at the
   * server's time, it then flows normally until the test moves both clocks together.
   */
  async function openMyCustomers(viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS]): Promise<Page> {
    const page = await openSignedIn(browser, t.url, 'rep1@berth.dev', DEMO_PASSWORD, viewport);
    await page.clock.install({ time: t.clock.now() });
    await page.goto(`${t.url}/customers`);
    await eventually(() => page.getByTestId('connection-indicator').getAttribute('data-state')).toBe('connected');
    await page.getByTestId('expiring-soon').waitFor();
    return page;
  }

  const panelIds = async (page: Page) =>
    page.getByTestId('expiring-soon-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.customerId));
  const unread = async (page: Page) => Number(await page.getByTestId('notifications-button').getAttribute('data-unread'));

  it('counts the reminder on the bell and moves the customer into Expiring soon, amber, then out after a follow-up', async () => {
    t.clock.set(new Date());
    // Customers already inside their window (the demo has some) are reminded now, before anyone looks.
    await t.server.services.reminderSweep.sweep();
    const policy = await t.server.services.policies.current();
    const [c] = await t.dataSource.query(
      `SELECT c.id::text AS id, c.company_name FROM customers c JOIN customer_ownership o ON o.customer_id = c.id JOIN users u ON u.id = o.owner_id
        WHERE u.email = 'rep1@berth.dev' AND c.status <> 'WON' AND NOT o.locked ORDER BY o.protected_until DESC, c.id LIMIT 1`,
    );
    // Its reminder window opens five minutes from now: still green while the pages load.
    const windowOpens = new Date(t.clock.now().getTime() + 5 * MINUTE);
    const end = addTeamDays(windowOpens, policy.reminderLeadDays, policy.teamTimeZone);
    await t.dataSource.query('UPDATE customer_ownership SET protected_until = $2 WHERE customer_id = $1', [c.id, end]);
    // rep1's other customers ending sooner would fill the phone's three-line panel ahead of it
    // (the demo's six months of history leave a few in the window): their ends move out of it.
    await t.dataSource.query(
      `UPDATE customer_ownership o SET protected_until = $3 FROM users u
        WHERE u.id = o.owner_id AND u.email = 'rep1@berth.dev' AND o.customer_id <> $1 AND o.protected_until < $2`,
      [c.id, addTeamDays(end, 1, policy.teamTimeZone), addTeamDays(end, 20, policy.teamTimeZone)],
    );

    const laptop = await openMyCustomers(VIEWPORTS.laptop);
    const phone = await openMyCustomers(VIEWPORTS.phone);
    await eventually(() => laptop.getByTestId('expiring-soon').getAttribute('aria-busy')).toBe('false');
    expect(await panelIds(laptop)).not.toContain(c.id);
    const before = await unread(laptop);

    // Listening? A change made elsewhere shows on both pages once their subscriptions are up.
    const token = (await gql(t.graphqlUrl, 'mutation { login(input: { email: "rep1@berth.dev", password: "berth-demo" }) { token } }')).data.login.token;
    await laptop.getByTestId('customer-search').fill(c.company_name);
    await eventually(async () => Number(await laptop.getByTestId('customers-grid').getAttribute('data-total'))).toBe(1);
    await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "Port logistics" }) { customer { id } } }', { id: c.id }, { token });
    await laptop.getByTestId('customers-grid').getByText('Port logistics').waitFor();
    const row = laptop.getByTestId('customers-grid').getByTestId('protection-badge');
    expect(await row.getAttribute('data-state')).toBe('PROTECTED');
    await screenshot(laptop, 'expiring-soon-before-laptop');

    // Six minutes pass, for the server and both browsers alike; then the reminder sweep runs.
    t.clock.advance(6 * MINUTE);
    await Promise.all([laptop.clock.fastForward(6 * MINUTE), phone.clock.fastForward(6 * MINUTE)]);
    const reminded = await t.server.services.reminderSweep.sweep();
    expect(reminded.map((r) => String(r.customerId))).toEqual([c.id]);
    await eventually(async () => (await laptop.getByTestId('snackbar').textContent()) ?? '').toBe(
      `Protection of ${c.company_name} ends in 2 days — log a follow-up`,
    );

    for (const page of [laptop, phone]) {
      await eventually(() => unread(page)).toBe(before + 1);
      await eventually(() => panelIds(page)).toContain(c.id);
      const item = page.locator(`[data-testid="expiring-soon-item"][data-customer-id="${c.id}"]`);
      expect(await item.getByTestId('protection-badge').getAttribute('data-state')).toBe('EXPIRING_SOON');
    }
    await eventually(() => row.getAttribute('data-state')).toBe('EXPIRING_SOON');
    await screenshot(laptop, 'expiring-soon-reminded-laptop');
    await phone.getByTestId('customer-card').first().waitFor();
    await screenshot(phone, 'expiring-soon-reminded-phone');
    await firstScreen(phone, 'expiring-soon-reminded-phone-first-screen');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    await laptop.getByTestId('notifications-button').click();
    const reminder = laptop.getByTestId('notifications-panel').locator('[data-testid="notification-item"][data-kind="REMINDER"]').first();
    expect(await reminder.textContent()).toContain(`Protection of ${c.company_name} ends`);
    await laptop.waitForTimeout(400); // the popover fades in
    await screenshot(laptop, 'expiring-soon-reminder-in-notifications');
    await reminder.click();
    await laptop.waitForURL(new RegExp(`/customers/${c.id}$`));
    await eventually(() => laptop.getByTestId('customer-protection').getAttribute('data-state')).toBe('EXPIRING_SOON');

    // The follow-up the reminder asked for: protection moves on, and the panel lets the customer go.
    await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Called the buyer about the spring order" }) { followUp { counted } } }',
      { id: c.id },
      { token },
    );
    await eventually(() => laptop.getByTestId('customer-protection').getAttribute('data-state')).toBe('PROTECTED');
    await eventually(() => panelIds(phone)).not.toContain(c.id);
    await firstScreen(phone, 'expiring-soon-after-follow-up-phone');
  });

  it("shows a manager their team's customers expiring soon, with each owner", async () => {
    const page = await openSignedIn(browser, t.url, 'manager1@berth.dev', DEMO_PASSWORD, VIEWPORTS.laptop);
    const panel = page.getByTestId('expiring-soon');
    await eventually(async () => Number(await panel.getAttribute('data-count'))).toBeGreaterThan(0);
    await page.getByTestId('customers-grid').getByTestId('protection-badge').first().waitFor();
    await screenshot(page, 'expiring-soon-manager-laptop');
  });
});
