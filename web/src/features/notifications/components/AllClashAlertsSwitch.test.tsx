import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@apollo/client/react';
import { CurrentUserContext } from '../../auth/hooks/useCurrentUser';
import { assertViewer, ME_QUERY, type Viewer } from '../../auth/me-query';
import { errorResult, MANAGER, REP, renderWithProviders } from '../../../test/render';
import { NOTIFICATIONS_QUERY } from '../hooks/useNotifications';
import { SET_ALL_CLASH_ALERTS_MUTATION } from '../hooks/useSetAllClashAlerts';
import { NotificationsPanel } from './NotificationsPanel';

const ADMIN: Viewer = { ...REP, id: 'u5', name: 'Ada Admin', role: 'ADMIN', allClashAlerts: true };

/** As the app does: the signed-in user is `me` from the cache, so a saved choice shows through it. */
function SignedIn({ children }: { children: ReactNode }) {
  const me = useQuery(ME_QUERY).data?.me;
  if (!me) return null;
  assertViewer(me);
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}

const meMock = (me: Viewer) => ({ request: { query: ME_QUERY }, result: { data: { me } } });
const emptyList = {
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 20 } },
  result: { data: { notifications: { __typename: 'NotificationConnection', unreadCount: 0, edges: [] } } },
  maxUsageCount: 5,
};
const saveMock = (enabled: boolean, result: object) => ({ request: { query: SET_ALL_CLASH_ALERTS_MUTATION, variables: { enabled } }, result });
const saved = (enabled: boolean) => ({ data: { setAllClashAlerts: { __typename: 'User', id: ADMIN.id, allClashAlerts: enabled } } });

function renderPanel(me: Viewer, mocks: object[], locale: 'en' | 'zh-CN' = 'en') {
  const view = renderWithProviders(
    <SignedIn>
      <NotificationsPanel onNavigate={() => {}} />
    </SignedIn>,
    { mocks: [meMock(me), emptyList, ...mocks] as never[], user: null, locale },
  );
  return { ...view, user: userEvent.setup() };
}
const toggle = () => screen.getByTestId('all-clash-alerts') as HTMLInputElement;

describe("an admin's clash alerts for every team", () => {
  it('shows the choice in the panel header, saves it, and the viewer in the cache follows', async () => {
    const { user, cache } = renderPanel(ADMIN, [saveMock(false, saved(false))]);
    await screen.findByTestId('notifications-panel');
    expect(toggle().checked).toBe(true);
    expect(screen.getByLabelText('Clash alerts for every team')).toBe(toggle());
    expect(screen.getByTestId('all-clash-alerts-help').dataset.definition).toContain("every team's clashes");

    await user.click(toggle());

    expect(toggle().checked).toBe(false);
    await waitFor(() => expect(cache.readQuery({ query: ME_QUERY })?.me?.allClashAlerts).toBe(false));
    expect(toggle().checked).toBe(false);
  });

  it('moves back and says why when the server refuses', async () => {
    const { user } = renderPanel({ ...ADMIN, allClashAlerts: false }, [{ ...saveMock(true, errorResult('FORBIDDEN')), delay: 100 }]);
    await screen.findByTestId('notifications-panel');

    await user.click(toggle());

    expect(toggle().checked).toBe(true);
    expect((await screen.findByTestId('snackbar')).textContent).toBe('You are not allowed to do that.');
    await waitFor(() => expect(toggle().checked).toBe(false));
  });

  it('is not offered to reps or managers, who always hear of their own customers', async () => {
    for (const me of [REP, MANAGER]) {
      const { unmount } = renderPanel(me, []);
      await screen.findByTestId('notifications-panel');
      expect(screen.queryByTestId('all-clash-alerts')).toBeNull();
      unmount();
    }
  });

  it('speaks Chinese', async () => {
    renderPanel(ADMIN, [], 'zh-CN');
    await screen.findByTestId('notifications-panel');
    expect(screen.getByLabelText('接收所有团队的撞单提醒')).toBe(toggle());
    expect(screen.getByTestId('all-clash-alerts-help').getAttribute('aria-label')).toBe('关于接收所有团队的撞单提醒');
  });
});
