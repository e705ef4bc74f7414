import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { departmentsMock, quiet, repLoad, teamLoadMock } from '../../../test/team-fixtures';
import { TeamPage } from '../../team/pages/TeamPage';
import { EMMA, LI_WEI, assignResult, repsMock } from '../../pool/pool-test-mocks';
import { reassignMock, releaseMock, releaseResult } from '../move-test-mocks';

const reps = [repLoad(LI_WEI.id, LI_WEI.name, { holdings: 2 }), repLoad(EMMA.id, EMMA.name, { holdings: 40 })];

async function renderTeam(mocks: object[], user = MANAGER) {
  renderWithProviders(<TeamPage />, {
    route: '/team',
    user,
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
