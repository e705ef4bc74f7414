import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { CUSTOMER_ACTIVITY_QUERY, OWNER_AT_QUERY, VERIFY_TRAIL_QUERY } from '../hooks/useActivityQueries';
import { ActivityTab } from './ActivityTab';
import { activityItem, NICK, NORA, OLGA, RITA } from '../activity-test-mocks';

const item = activityItem;

const activityMock = {
  request: { query: CUSTOMER_ACTIVITY_QUERY, variables: { id: 'c1' } },
  result: {
    data: {
      customer: {
        __typename: 'Customer',
        id: 'c1',
        activitySummary: { __typename: 'ActivitySummary', ownerChanges: 3, ownersSoFar: 2, followUps: 5, edits: 4 },
        activity: [
          item({ field: 'companyName', before: '"Beacon Ropes"', after: '"Beacon Ropes and Sails"', occurredAt: '2026-11-05T10:00:00.000Z' }),
          item({ subject: 'COLLABORATOR', action: 'ADD', subjectId: 'u5', subjectUser: RITA, field: 'access', after: '"READ"', occurredAt: '2026-11-04T10:00:00.000Z' }),
          item({ subject: 'OWNER', action: 'TRANSFER', field: 'owner', actor: NORA, fromUser: OLGA, toUser: NICK }),
          item({ subject: 'OWNER', action: 'RULE', field: 'owner', actor: null, fromUser: NICK, occurredAt: '2026-11-02T10:00:00.000Z' }),
        ],
      },
    },
  },
};

function ownerAtMock(at: string, ownerAt: object) {
  return { request: { query: OWNER_AT_QUERY, variables: { customerId: 'c1', at } }, result: { data: { ownerAt: { __typename: 'OwnerAt', ...ownerAt } } } };
}

function trailMock(check: object) {
  return {
    request: { query: VERIFY_TRAIL_QUERY, variables: { customerId: 'c1' } },
    result: { data: { verifyOwnershipTrail: { __typename: 'OwnershipTrailCheck', customers: 1, ...check } } },
  };
}

function renderTab(mocks: object[], locale: 'en' | 'zh-CN' = 'en') {
  renderWithProviders(<ActivityTab customerId="c1" eventIds={['e1', 'e2', 'e3']} />, { mocks: [activityMock, ...mocks] as never, timeZone: 'Europe/Berlin', locale });
  return userEvent.setup();
}

describe('the Activity tab', { timeout: 20_000 }, () => {
  it('sums the customer up and tells each change in one sentence, newest first', async () => {
    renderTab([]);
    expect((await screen.findByTestId('activity-summary')).textContent).toBe('Changed hands 3\u00a0times · 2\u00a0owners · 5\u00a0follow-ups · 4\u00a0edits');
    expect(screen.getAllByTestId('activity-sentence').map((line) => line.textContent)).toEqual([
      'Olga Owner changed the company name from Beacon Ropes to Beacon Ropes and Sails',
      'Olga Owner shared it with Rita Reader, read-only',
      'Nora Manager transferred it from Olga Owner to Nick Next',
      'The recycle rule moved it to the pool',
    ]);
  });

  it('speaks Chinese', async () => {
    renderTab([], 'zh-CN');
    expect((await screen.findByTestId('activity-summary')).textContent).toBe('易手 3 次 · 2 位负责人 · 5 次跟进 · 4 次修改');
    expect(screen.getAllByTestId('activity-sentence')[2].textContent).toBe('Nora Manager 将该客户从 Olga Owner 转移给 Nick Next');
  });

  it('says who owned it at the end of a team day', async () => {
    const user = renderTab([ownerAtMock('2026-11-03T22:59:59.000Z', { existed: true, owner: OLGA, since: '2026-11-02T09:00:00.000Z' })]);
    await screen.findByTestId('activity-summary');
    await user.type(screen.getByTestId('owner-at-date'), '2026-11-03');
    await user.click(screen.getByTestId('owner-at-submit'));
    expect((await screen.findByTestId('owner-at-answer')).textContent).toBe("On Nov 3, 2026 it was Olga Owner's (since Nov 2, 2026)");
  });

  it('says when it did not exist yet', async () => {
    const user = renderTab([ownerAtMock('2026-10-01T21:59:59.000Z', { existed: false, owner: null, since: null })]);
    await screen.findByTestId('activity-summary');
    await user.type(screen.getByTestId('owner-at-date'), '2026-10-01');
    await user.click(screen.getByTestId('owner-at-submit'));
    expect((await screen.findByTestId('owner-at-answer')).textContent).toBe('On Oct 1, 2026 it did not exist yet');
  });

  it('checks the trail and names the event where it breaks', async () => {
    const user = renderTab([
      trailMock({ intact: false, events: 3, breaks: [{ __typename: 'TrailBreak', customerId: 'c1', eventId: 'e2', occurredAt: '2026-11-02T10:00:00.000Z' }] }),
    ]);
    await screen.findByTestId('activity-summary');
    await user.click(screen.getByTestId('trail-check-button'));
    const result = await screen.findByTestId('trail-check-result');
    expect(result.getAttribute('data-intact')).toBe('false');
    await waitFor(() => expect(result.textContent).toBe('The ownership trail is broken at event 2 of 3 (Nov 2, 2026, 11:00 AM).'));
  });

  it('says the trail is intact', async () => {
    const user = renderTab([trailMock({ intact: true, events: 3, breaks: [] })]);
    await screen.findByTestId('activity-summary');
    await user.click(screen.getByTestId('trail-check-button'));
    expect((await screen.findByTestId('trail-check-result')).textContent).toBe('The ownership trail is intact: 3 events, each following from the one before.');
  });
});
