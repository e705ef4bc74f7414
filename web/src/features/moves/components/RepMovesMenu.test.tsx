import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { MANAGER, REP, errorResult, renderWithProviders } from '../../../test/render';
import { departmentsMock, quiet, repLoad, teamLoadMock } from '../../../test/team-fixtures';
import { TeamPage } from '../../team/pages/TeamPage';
import { EMMA, LI_WEI, assignResult, repsMock } from '../../pool/pool-test-mocks';
import { reassignMock, releaseMock, releaseResult } from '../move-test-mocks';
import { SET_USER_DISABLED_MUTATION } from './DisableRepDialog';

const reps = [repLoad(LI_WEI.id, LI_WEI.name, { holdings: 2 }), repLoad(EMMA.id, EMMA.name, { holdings: 40 })];

const ADMIN = { ...MANAGER, id: 'u0', name: 'Ada Admin', role: 'ADMIN' as const };

const disableMock = (userId: string, result: object, disabled = true) => ({
  request: { query: SET_USER_DISABLED_MUTATION, variables: { userId, disabled } },
  result,
});
const disabledUser = (id: string, disabled = true) => ({ data: { setUserDisabled: { __typename: 'User', id, disabled } } });

async function renderTeam(mocks: object[], user = MANAGER, locale: 'en' | 'zh-CN' = 'en') {
  renderWithProviders(<TeamPage />, {
    route: '/team',
    user,
    locale,
    mocks: [departmentsMock(), teamLoadMock(null, reps), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION), repsMock(), ...mocks] as never,
  });
  await screen.findByTestId('team-table');
  return userEvent.setup();
}

const rowOf = (repId: string) => screen.getAllByTestId('team-row').find((r) => r.dataset.repId === repId)!;

// MUI's menus, Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe("a manager's moves of everything one rep holds, from the Team page", { timeout: 20_000 }, () => {
  it('are not offered to a rep', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: REP,
      mocks: [teamLoadMock(null, [reps[0]]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)] as never,
    });
    await screen.findByTestId('team-row');
    expect(screen.queryByTestId('rep-moves-button')).toBeNull();
  });

  it("moves a rep's customers to another rep by the filter { ownerId }, never offering the rep themselves", async () => {
    const user = await renderTeam([
      reassignMock(
        { filter: { ownerId: LI_WEI.id }, toUserIds: [EMMA.id] },
        { data: { reassignCustomers: [assignResult('c1', EMMA, null, null, 'Acme'), assignResult('c2', EMMA, null, null, 'Globex')] } },
      ),
    ]);
    await user.click(within(rowOf(LI_WEI.id)).getByRole('button', { name: 'Move Li Wei’s customers' }));
    await user.click(await screen.findByTestId('rep-move-all'));
    expect((await screen.findByTestId('reassign-target')).textContent).toBe('Every customer Li Wei holdsAt most 500 at a time.');
    await user.click(screen.getByTestId('assign-reps'));
    await screen.findByRole('option', { name: /^Emma Novak/ });
    expect(screen.queryByRole('option', { name: /^Li Wei/ })).toBeNull();
    await user.click(screen.getByRole('option', { name: /^Emma Novak/ }));
    await user.click(screen.getByTestId('reassign-submit'));

    expect((await screen.findByTestId('assign-summary')).textContent).toBe('2 of 2 reassigned');
  });

  it("releases all of a rep's customers with a note", async () => {
    const LI = { id: LI_WEI.id, name: LI_WEI.name };
    const user = await renderTeam([
      releaseMock({ filter: { ownerId: LI_WEI.id }, note: 'Left the company' }, { data: { releaseCustomers: [releaseResult('c1', LI, null, 'Acme'), releaseResult('c2', LI, null, 'Globex')] } }),
    ]);
    await user.click(within(rowOf(LI_WEI.id)).getByTestId('rep-moves-button'));
    await user.click(await screen.findByTestId('rep-release-all'));
    await user.click(await screen.findByTestId('release-note'));
    await user.paste('Left the company');
    await user.click(screen.getByTestId('release-submit'));

    expect((await screen.findByTestId('release-summary')).textContent).toBe('2 of 2 released to the pool');
    expect(screen.getAllByTestId('release-result-text').map((r) => r.textContent)).toEqual(['Released from Li Wei', 'Released from Li Wei']);
  });
});

describe("an admin disables a departing rep from the Team page", { timeout: 20_000 }, () => {
  const openMenu = async (user: ReturnType<typeof userEvent.setup>, repId = LI_WEI.id) => {
    await user.click(within(rowOf(repId)).getByTestId('rep-moves-button'));
    await screen.findByTestId('rep-start-departure');
  };

  it('is offered to an admin, never to a manager', async () => {
    const user = await renderTeam([]);
    await openMenu(user);
    expect(screen.queryByTestId('rep-disable')).toBeNull();
    expect(screen.queryByTestId('rep-enable')).toBeNull();
  });

  it('disables the rep, marks them Disabled and opens their departure (the option is ticked by default)', async () => {
    const user = await renderTeam([disableMock(LI_WEI.id, disabledUser(LI_WEI.id))], ADMIN);
    await openMenu(user);
    await user.click(screen.getByTestId('rep-disable'));
    const dialog = await screen.findByTestId('disable-dialog');
    expect(within(dialog).getByTestId('disable-explain').textContent).toBe('Li Wei can no longer sign in; their open sessions end at once.');
    expect(within(dialog).getByTestId('disable-holdings').textContent).toBe('They hold 2 customers.');
    expect((within(dialog).getByTestId('disable-then-departure') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId('disable-submit'));

    const departure = await screen.findByTestId('transfer-dialog');
    expect(within(departure).getByTestId('transfer-target').textContent).toBe('Every customer Li Wei holds moves, with its contacts and follow-ups.');
    expect(screen.queryByTestId('disable-dialog')).toBeNull();
    expect(within(rowOf(LI_WEI.id)).getByTestId('rep-disabled-chip').textContent).toBe('Disabled');
    expect(within(rowOf(EMMA.id)).queryByTestId('rep-disabled-chip')).toBeNull();
  });

  it('just disables when the admin unticks the departure, and then offers Enable instead', async () => {
    const user = await renderTeam([disableMock(LI_WEI.id, disabledUser(LI_WEI.id)), disableMock(LI_WEI.id, disabledUser(LI_WEI.id, false), false)], ADMIN);
    await openMenu(user);
    await user.click(screen.getByTestId('rep-disable'));
    await user.click(await screen.findByTestId('disable-then-departure'));
    await user.click(screen.getByTestId('disable-submit'));

    await waitFor(() => expect(screen.queryByTestId('disable-dialog')).toBeNull());
    await within(rowOf(LI_WEI.id)).findByTestId('rep-disabled-chip');
    expect(screen.queryByTestId('transfer-dialog')).toBeNull();

    await openMenu(user);
    expect(screen.queryByTestId('rep-disable')).toBeNull();
    await user.click(screen.getByTestId('rep-enable'));
    await waitFor(() => expect(within(rowOf(LI_WEI.id)).queryByTestId('rep-disabled-chip')).toBeNull());
  });

  it('tells in words that an admin cannot disable themselves, and stays open', async () => {
    const user = await renderTeam(
      [disableMock(LI_WEI.id, errorResult('BAD_USER_INPUT', [{ field: 'userId', message: 'cannot disable yourself', rule: 'CANNOT_DISABLE_SELF' } as never]))],
      { ...ADMIN, id: LI_WEI.id },
    );
    await openMenu(user);
    await user.click(screen.getByTestId('rep-disable'));
    await user.click(await screen.findByTestId('disable-submit'));

    expect((await screen.findByTestId('disable-error')).textContent).toBe('You cannot disable yourself');
    expect(screen.getByTestId('disable-dialog')).toBeTruthy();
    expect(screen.queryByTestId('transfer-dialog')).toBeNull();
  });

  it('speaks Chinese', async () => {
    const user = await renderTeam([], ADMIN, 'zh-CN');
    await openMenu(user);
    expect(screen.getByTestId('rep-disable').textContent).toBe('停用账号…');
    await user.click(screen.getByTestId('rep-disable'));
    const dialog = await screen.findByTestId('disable-dialog');
    expect(within(dialog).getByTestId('disable-explain').textContent).toBe('Li Wei 将无法登录，其已登录的会话立即结束。');
    expect(within(dialog).getByTestId('disable-holdings').textContent).toBe('其名下有 2 个客户。');
    expect(screen.getByText('随后开始离职交接')).toBeTruthy();
  });
});
