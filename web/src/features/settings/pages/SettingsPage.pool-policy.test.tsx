import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorResult, renderWithProviders, REP } from '../../../test/render';
import { duplicateRulesMock, POLICY_INPUT, policyMock, servedPolicy, versionsMock } from '../../../test/pool-policy-fixtures';
import type { Viewer } from '../../auth/me-query';
import { PREVIEW_POOL_POLICY_QUERY } from '../hooks/usePolicyPreview';
import { UPDATE_POOL_POLICY_MUTATION } from '../hooks/useUpdatePoolPolicy';
import type { PoolPolicyInput } from '../pool-policy-form';
import { SettingsPage } from './SettingsPage';

/** The page is large and the machine may be busy: generous waits, never fixed sleeps. */
const WAIT = { timeout: 5000 };

const ADMIN: Viewer = { ...REP, id: 'u0', name: 'Ada Admin', role: 'ADMIN' };

const VERSION_3 = {
  version: 3,
  changedAt: '2026-11-20T09:30:00.000Z',
  changedBy: { id: 'u0', name: 'Ada Admin' },
  changes: [
    { field: 'protectionDays.default', before: '30', after: '14' },
    { field: 'noDealDays.byTier.A', before: 'off', after: null },
    { field: 'followUpTypes', before: 'CALL, VISIT', after: 'CALL, VISIT, WECHAT' },
    { field: 'excludeLocked', before: 'true', after: 'false' },
    { field: 'returnReasons', before: '{"code":"OTHER","label":"Other","noteRequired":true}', after: '{"code":"OTHER","label":"Something else","noteRequired":true}' },
    { field: 'somethingNew', before: '1', after: '2' },
  ],
};

/** What the edit below sends: 14 days' protection, 60 for tier A, WeChat counts, 5 claims a day, a new reason. */
const EDITED: PoolPolicyInput = {
  ...POLICY_INPUT,
  protectionDays: { default: 14, byTier: [{ tier: 'A', days: 60 }] },
  followUpTypes: [...POLICY_INPUT.followUpTypes, 'WECHAT'],
  dailyClaimLimit: 5,
  returnReasons: [...POLICY_INPUT.returnReasons, { code: 'BUDGET_CUT', label: 'Budget cut', noteRequired: false }],
};

const PREVIEW = {
  __typename: 'PoolPolicyPreview',
  horizonDays: 7,
  total: 3,
  totalUnderCurrent: 1,
  reps: [
    {
      __typename: 'RepRecycleForecast',
      count: 2,
      rep: { __typename: 'User', id: 'u1', name: 'Rita Rep' },
      customers: [
        { __typename: 'ForecastCustomer', customerId: '11', companyName: 'Acme Ltd', recycleAt: '2020-01-01T00:00:00.000Z', reason: 'recycled: no valid follow-up for 14 days', reasonDetail: { __typename: 'EntryReason', kind: 'RECYCLED', rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 14, noDealDays: null, code: null, label: null, note: null } },
        { __typename: 'ForecastCustomer', customerId: '12', companyName: 'Globex GmbH', recycleAt: '2099-01-03T00:00:00.000Z', reason: 'No valid follow-up in 14 days', reasonDetail: null },
      ],
    },
    {
      __typename: 'RepRecycleForecast',
      count: 1,
      rep: { __typename: 'User', id: 'u2', name: 'Ravi Rep' },
      customers: [{ __typename: 'ForecastCustomer', customerId: '21', companyName: 'Initech', recycleAt: '2099-01-04T00:00:00.000Z', reason: 'No deal won in 90 days' }],
    },
  ],
};

const previewMock = (input: PoolPolicyInput) => ({ request: { query: PREVIEW_POOL_POLICY_QUERY, variables: { input } }, result: { data: { previewPoolPolicy: PREVIEW } } });

function renderSettings(user: Viewer = ADMIN, mocks: object[] = []) {
  const all = [policyMock, duplicateRulesMock, versionsMock([VERSION_3]), ...mocks];
  renderWithProviders(<SettingsPage />, { route: '/settings', user, mocks: all as never[] });
  return userEvent.setup();
}

const field = (path: string) => screen.getByTestId(`policy-${path}`) as HTMLInputElement;
const helperUnder = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
const loaded = () => waitFor(() => expect(field('protectionDays.default').value).toBe('30'), WAIT);
const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;

/** Clears the box and pastes the new value: one change per field keeps this large form quick to drive. */
async function replace(user: ReturnType<typeof userEvent.setup>, path: string, text: string) {
  await user.clear(field(path));
  if (text) await user.paste(text);
}

async function editPolicy(user: ReturnType<typeof userEvent.setup>) {
  await replace(user, 'protectionDays.default', '14');
  await replace(user, 'protectionDays.byTier.A', '60');
  await user.click(field('followUpType-WECHAT'));
  await replace(user, 'dailyClaimLimit', '5');
  await user.click(screen.getByTestId('add-return-reason'));
  await user.click(field('returnReasons.5.code'));
  await user.paste('budget cut');
  await user.click(field('returnReasons.5.label'));
  await user.paste('Budget cut');
}

describe('pool policy in settings', { timeout: 30_000 }, () => {
  it('shows the policy in force, per tier, with nothing to save yet', async () => {
    renderSettings();
    await loaded();
    expect(field('dailyClaimLimit').value).toBe('10');
    expect(field('holdingCap').value).toBe('200');
    expect(field('noDealDays.default').value).toBe('90');
    expect(field('noDealDays.byTier.A.off').checked).toBe(true);
    expect(field('noDealDays.byTier.B.off').checked).toBe(false);
    expect(field('protectionDays.byTier.C').placeholder).toBe('30 (default)');
    expect(field('followUpType-CALL').checked).toBe(true);
    expect(field('followUpType-NOTE').checked).toBe(false);
    expect(field('combination-ANY').checked).toBe(true);
    expect(field('teamTimeZone').value).toBe('Europe/Berlin');
    expect(screen.getAllByTestId('return-reason-row')).toHaveLength(5);
    expect(field('returnReasons.4.noteRequired').checked).toBe(true);
    expect(button('save-pool-policy').disabled).toBe(true);
    expect(button('preview-pool-policy').disabled).toBe(true);
    expect(screen.queryByTestId('coming-soon')).toBeNull();
  });

  it('marks out-of-range values in the browser and sends nothing', async () => {
    const user = renderSettings();
    await loaded();
    await replace(user, 'dailyClaimLimit', '10001');
    await replace(user, 'protectionDays.default', '0');
    await replace(user, 'holdingCap', '');
    expect(button('save-pool-policy').disabled).toBe(false);

    await user.click(button('save-pool-policy'));

    expect(helperUnder(field('dailyClaimLimit'))).toBe('Daily claim limit must be at most 10,000');
    expect(helperUnder(field('protectionDays.default'))).toBe('Protection period must be at least 1');
    expect(helperUnder(field('holdingCap'))).toBe('Holding cap is required');
    await user.click(button('preview-pool-policy'));
    // Nothing was sent: an unmocked request would have failed into the snackbar or the form.
    expect(screen.queryByTestId('save-policy-dialog')).toBeNull();
    expect(screen.queryByTestId('policy-preview')).toBeNull();
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('previews the edit per rep, customers one click away', async () => {
    const user = renderSettings(ADMIN, [previewMock(EDITED)]);
    await loaded();
    await editPolicy(user);

    await user.click(button('preview-pool-policy'));

    const headline = await screen.findByTestId('policy-preview-headline', {}, WAIT);
    expect(headline.textContent).toBe('Under the new rules 3 customers would be recycled in the next 7 days (now: 1).');
    const groups = screen.getAllByTestId('preview-rep');
    expect(groups.map((g) => [within(g).getByText(/Rep$/).textContent, g.dataset.count])).toEqual([
      ['Rita Rep', '2'],
      ['Ravi Rep', '1'],
    ]);
    await user.click(within(groups[0]).getByText('Rita Rep'));
    const customers = within(groups[0]).getAllByTestId('preview-customer');
    expect(customers.map((c) => within(c).getByRole('link').textContent)).toEqual(['Acme Ltd', 'Globex GmbH']);
    expect(customers[0].textContent).toContain('No counted follow-up for 14 days · due now');

    await replace(user, 'holdingCap', '150');
    expect(screen.getByTestId('policy-preview').dataset.state).toBe('stale');
  });

  it('saves after showing the changes and their preview, then names the new version', async () => {
    const saved = { __typename: 'UpdatePoolPolicyPayload', version: 4, protectionEndsMoved: 12, policy: servedPolicy(EDITED) };
    const version4 = { ...VERSION_3, version: 4, changes: [{ field: 'dailyClaimLimit', before: '10', after: '5' }] };
    const user = renderSettings(ADMIN, [
      previewMock(EDITED),
      { request: { query: UPDATE_POOL_POLICY_MUTATION, variables: { input: EDITED } }, result: { data: { updatePoolPolicy: saved } } },
      versionsMock([version4, VERSION_3]),
    ]);
    await loaded();
    await editPolicy(user);

    await user.click(button('save-pool-policy'));
    const dialog = await screen.findByTestId('save-policy-dialog', {}, WAIT);
    expect((await within(dialog).findByTestId('save-policy-preview', {}, WAIT)).textContent).toContain('3 customers would be recycled');
    const changes = within(dialog).getAllByTestId('policy-change').map((c) => c.textContent);
    expect(changes).toEqual([
      'Protection period: 30 days → 14 days',
      'Protection period (tier A): tier default → 60 days',
      'Follow-ups that count: Call, Visit, Meeting, Email → Call, Visit, Meeting, Email, WeChat',
      'Daily claim limit: 10 claims → 5 claims',
      'Return reasons: No contact, Not a fit, Wrong region, Duplicate, Other (note required) → No contact, Not a fit, Wrong region, Duplicate, Other (note required), Budget cut',
    ]);
    await user.click(within(dialog).getByTestId('confirm-save-policy'));

    expect((await screen.findByTestId('snackbar', {}, WAIT)).textContent).toBe('Pool policy saved as version 4; 12 protection ends moved.');
    await waitFor(() => expect(field('protectionDays.default').value).toBe('14'), WAIT);
    expect(field('protectionDays.byTier.A').value).toBe('60');
    expect(button('save-pool-policy').disabled).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('policy-version')[0].dataset.version).toBe('4'), WAIT);
  });

  it('saves the transfer approval switches with the rest of the policy', async () => {
    const edited: PoolPolicyInput = { ...POLICY_INPUT, departuresNeedApproval: false };
    const saved = { __typename: 'UpdatePoolPolicyPayload', version: 4, protectionEndsMoved: 0, policy: servedPolicy(edited) };
    const user = renderSettings(ADMIN, [
      previewMock(edited),
      { request: { query: UPDATE_POOL_POLICY_MUTATION, variables: { input: edited } }, result: { data: { updatePoolPolicy: saved } } },
      versionsMock([VERSION_3]),
    ]);
    await loaded();
    const transfers = screen.getByTestId('policy-transfers');
    expect(within(transfers).getByText('Departures need approval')).toBeTruthy();
    expect(field('departuresNeedApproval').checked).toBe(true);
    expect(field('crossDepartmentMovesNeedApproval').checked).toBe(true);

    await user.click(field('departuresNeedApproval'));
    await user.click(button('save-pool-policy'));
    const dialog = await screen.findByTestId('save-policy-dialog', {}, WAIT);
    expect(within(dialog).getAllByTestId('policy-change').map((c) => c.textContent)).toEqual(['Departures need approval: Yes → No']);
    await user.click(within(dialog).getByTestId('confirm-save-policy'));

    expect((await screen.findByTestId('snackbar', {}, WAIT)).textContent).toContain('Pool policy saved as version 4');
    expect(field('departuresNeedApproval').checked).toBe(false);
    expect(field('crossDepartmentMovesNeedApproval').checked).toBe(true);
  });

  it("puts the server's field problems under the fields they name", async () => {
    const refused = {
      request: { query: UPDATE_POOL_POLICY_MUTATION, variables: { input: EDITED } },
      result: errorResult('BAD_USER_INPUT', [
        { field: 'input.dailyClaimLimit', message: 'is above what the team allows' },
        { field: 'protectionDays.byTier.A', message: 'must be at most 45' },
        { field: 'returnReasons.2.label', message: 'is already used' },
        { field: 'noDealDays.byTier.Z', message: 'is not a known tier' },
      ]),
    };
    const user = renderSettings(ADMIN, [previewMock(EDITED), refused]);
    await loaded();
    await editPolicy(user);
    await user.click(button('save-pool-policy'));
    await user.click(await within(await screen.findByTestId('save-policy-dialog', {}, WAIT)).findByTestId('confirm-save-policy', {}, WAIT));

    await waitFor(() => expect(helperUnder(field('dailyClaimLimit'))).toBe('Daily claim limit is above what the team allows'), WAIT);
    expect(helperUnder(field('protectionDays.byTier.A'))).toBe('Protection period (tier A) must be at most 45');
    expect(helperUnder(field('returnReasons.2.label'))).toBe('Reason 3 label is already used');
    expect(screen.getByTestId('pool-policy-error').textContent).toBe('No-deal limit (tier Z) is not a known tier');
    expect(screen.queryByTestId('save-policy-dialog')).toBeNull();
    expect(screen.queryByTestId('snackbar')).toBeNull();

    await replace(user, 'dailyClaimLimit', '6');
    expect(helperUnder(field('dailyClaimLimit'))).not.toContain('above what the team allows');
  });

  it('lists saved versions: who, when, and each change in words', async () => {
    renderSettings();
    const version = await screen.findByTestId('policy-version', {}, WAIT);
    expect(version.dataset.version).toBe('3');
    expect(version.textContent).toContain('Version 3');
    expect(version.textContent).toContain('Ada Admin');
    expect(within(version).getAllByTestId('policy-change').map((c) => c.textContent)).toEqual([
      'Protection period: 30 days → 14 days',
      'No-deal limit (tier A): Off → tier default',
      'Follow-ups that count: Call, Visit → Call, Visit, WeChat',
      'Never recycle locked customers: Yes → No',
      'Return reasons: Other (note required) → Something else (note required)',
      'somethingNew: 1 → 2',
    ]);
  });

  it('shows the rules read-only to everyone but admins, without preview or history', async () => {
    renderSettings(REP);
    await loaded();
    expect(field('protectionDays.default').disabled).toBe(true);
    expect(field('dailyClaimLimit').disabled).toBe(true);
    expect(field('followUpType-CALL').disabled).toBe(true);
    expect(screen.queryByTestId('save-pool-policy')).toBeNull();
    expect(screen.queryByTestId('preview-pool-policy')).toBeNull();
    expect(screen.queryByTestId('add-return-reason')).toBeNull();
    expect(screen.queryByTestId('policy-history')).toBeNull();
    expect(screen.getByTestId('pool-policy-readonly').textContent).toBe('Only admins can change these rules.');
  });
});
