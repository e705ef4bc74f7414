import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_DUPLICATE_RULES } from '@berth/domain';
import { errorResult, renderWithProviders, REP } from '../../../test/render';
import { policyMock, versionsMock } from '../../../test/pool-policy-fixtures';
import { DUPLICATE_RULES_QUERY } from '../hooks/useDuplicateRules';
import { UPDATE_DUPLICATE_RULES_MUTATION } from '../hooks/useUpdateDuplicateRules';
import type { Viewer } from '../../auth/me-query';
import { SettingsPage } from './SettingsPage';

const ADMIN: Viewer = { ...REP, id: 'u0', name: 'Ada Admin', role: 'ADMIN' };

const served = {
  __typename: 'DuplicateRules',
  similarNameThreshold: 0.65,
  rules: DEFAULT_DUPLICATE_RULES.rules.map((rule) => ({ __typename: 'DuplicateRule', ...rule })),
};
const rulesMock = { request: { query: DUPLICATE_RULES_QUERY }, result: { data: { duplicateRules: served } } };

/** What the admin's edit below sends: email only warns, a stricter threshold. */
const edited = {
  similarNameThreshold: 0.8,
  rules: DEFAULT_DUPLICATE_RULES.rules.map((rule) => (rule.dimension === 'EMAIL' ? { ...rule, action: 'WARN' } : { ...rule })),
};

function renderSettings(user = ADMIN, mocks: object[] = []) {
  renderWithProviders(<SettingsPage />, { route: '/settings', user, mocks: [rulesMock, policyMock, versionsMock([]), ...(mocks as never[])] });
  return userEvent.setup();
}

const row = (dimension: string, method = 'EXACT') =>
  screen.getAllByTestId('duplicate-rule').find((r) => r.dataset.dimension === dimension && r.dataset.method === method)!;
const threshold = () => screen.getByTestId('similar-name-threshold') as HTMLInputElement;
const helperUnder = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

async function editEmailAndThreshold(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(row('EMAIL')).getByRole('combobox'));
  await user.click(await screen.findByRole('option', { name: 'Warn' }));
  await user.clear(threshold());
  await user.type(threshold(), '0.8');
}

describe('duplicate rules in settings', () => {
  it('lists every rule, with exact and similar rows for the company name', async () => {
    renderSettings();
    await waitFor(() => expect(screen.getAllByTestId('duplicate-rule')).toHaveLength(5));
    expect(screen.getAllByTestId('duplicate-rule').map((r) => `${r.dataset.dimension} ${r.dataset.method}`)).toEqual([
      'NAME EXACT',
      'NAME SIMILAR',
      'EMAIL EXACT',
      'PHONE EXACT',
      'DOMAIN EXACT',
    ]);
    expect(threshold().value).toBe('0.65');
  });

  it('checks the threshold range before sending anything', async () => {
    const user = renderSettings();
    await waitFor(() => expect(threshold().value).toBe('0.65'));

    await user.clear(threshold());
    await user.type(threshold(), '0.2');
    await user.click(screen.getByTestId('save-duplicate-rules'));

    expect(helperUnder(threshold())).toBe('Similar-name threshold must be between 0.3 and 1');
    // Nothing was sent: an unmocked mutation would have failed into the snackbar.
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it("puts the server's field problems on the control they name", async () => {
    const refused = {
      request: { query: UPDATE_DUPLICATE_RULES_MUTATION, variables: { input: edited } },
      result: errorResult('BAD_USER_INPUT', [
        { field: 'input.similarNameThreshold', message: 'is stricter than your team allows' },
        { field: 'rules.2.action', message: 'must stay BLOCK while the email rule is audited' },
      ]),
    };
    const user = renderSettings(ADMIN, [refused]);
    await waitFor(() => expect(threshold().value).toBe('0.65'));
    await editEmailAndThreshold(user);

    await user.click(screen.getByTestId('save-duplicate-rules'));

    await waitFor(() => expect(helperUnder(threshold())).toBe('Similar-name threshold is stricter than your team allows'));
    expect(within(row('EMAIL')).getByText('Email (exact) action must stay BLOCK while the email rule is audited')).toBeTruthy();
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('saves the edited rules', async () => {
    const saved = { ...served, similarNameThreshold: 0.8, rules: edited.rules.map((rule) => ({ __typename: 'DuplicateRule', ...rule })) };
    const accepted = { request: { query: UPDATE_DUPLICATE_RULES_MUTATION, variables: { input: edited } }, result: { data: { updateDuplicateRules: saved } } };
    const user = renderSettings(ADMIN, [accepted]);
    await waitFor(() => expect(threshold().value).toBe('0.65'));
    await editEmailAndThreshold(user);

    await user.click(screen.getByTestId('save-duplicate-rules'));

    expect((await screen.findByTestId('snackbar')).textContent).toBe('Duplicate rules saved.');
    expect(threshold().value).toBe('0.8');
    expect((screen.getByTestId('save-duplicate-rules') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the rules read-only to everyone but admins', async () => {
    renderSettings(REP);
    await waitFor(() => expect(threshold().value).toBe('0.65'));
    expect(threshold().disabled).toBe(true);
    expect((screen.getByTestId('rule-enabled-EMAIL-EXACT') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('save-duplicate-rules')).toBeNull();
    expect(screen.getByTestId('duplicate-rules-readonly').textContent).toBe('Only admins can change these rules.');
  });
});
