import type { ReactElement, ReactNode } from 'react';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Locale } from '@berth/domain';
import { typePolicies } from '../app/apollo/type-policies';
import { RealtimeProvider, type Realtime } from '../app/apollo/realtime-context';
import { LocalizedThemeProvider } from '../app/LocalizedThemeProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { browserTimeZone } from '../i18n/i18n';
import { CurrentUserContext } from '../features/auth/hooks/useCurrentUser';
import type { Viewer } from '../features/auth/me-query';
import type { Served } from './served';
import { ErrorHandlerProvider } from '../shared/errors/ErrorHandlerProvider';
import { FeedbackProvider } from '../shared/feedback/FeedbackProvider';

export const REP: Served<Viewer> = {
  __typename: 'User',
  id: 'u1',
  name: 'Rita Rep',
  email: 'rep1@berth.dev',
  role: 'REP',
  department: { __typename: 'Department', id: 'd1', name: 'East sales' },
  locale: null,
  timeZone: 'UTC',
  allClashAlerts: null,
};

export const MANAGER: Served<Viewer> = { ...REP, id: 'u9', name: 'Mia Manager', role: 'MANAGER' };

/** A socket stand-in: always "live", identity changes recorded. */
export function fakeRealtime(): Realtime & { identities: (string | null)[] } {
  const identities: (string | null)[] = [];
  return {
    identities,
    identity: undefined,
    setIdentity(id) {
      identities.push(id);
    },
    getState: () => 'connected',
    subscribe: () => () => {},
  };
}

/** Shows where the router ended up, for asserting navigation. */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

interface Options {
  mocks?: MockLink.MockedResponse[];
  route?: string;
  /** The path `ui` is mounted at (for useParams). */
  path?: string;
  user?: Viewer | null;
  /** Other routes, e.g. the page a successful submit navigates to. */
  otherRoutes?: Record<string, ReactNode>;
  /** The language the page speaks; English unless a test says otherwise. */
  locale?: Locale;
  /** The zone dates are shown in; the machine's unless a test fixes one. */
  timeZone?: string;
}

export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const { mocks = [], route = '/', path = route.split('?')[0], user = REP, otherRoutes = {}, locale = 'en', timeZone = browserTimeZone() } = options;
  const cache = new InMemoryCache({ typePolicies });
  const page = user ? <CurrentUserContext.Provider value={user}>{ui}</CurrentUserContext.Provider> : ui;
  const result = render(
    <I18nProvider locale={locale} timeZone={timeZone}>
      <LocalizedThemeProvider>
        <MockedProvider mocks={mocks} cache={cache}>
          <RealtimeProvider value={fakeRealtime()}>
            <FeedbackProvider>
              <MemoryRouter initialEntries={[route]}>
                <ErrorHandlerProvider onSessionExpired={() => {}}>
                  <Routes>
                    <Route path={path} element={page} />
                    {Object.entries(otherRoutes).map(([p, element]) => (
                      <Route key={p} path={p} element={element} />
                    ))}
                  </Routes>
                  <LocationProbe />
                </ErrorHandlerProvider>
              </MemoryRouter>
            </FeedbackProvider>
          </RealtimeProvider>
        </MockedProvider>
      </LocalizedThemeProvider>
    </I18nProvider>,
  );
  return { ...result, cache };
}

/** A GraphQL error result as the Berth server sends it. */
export function errorResult(code: string, fields?: { field: string; message: string }[]) {
  return {
    errors: [{ message: `${code} from server`, extensions: { code, ...(fields ? { fields } : {}) } }],
    data: null,
  };
}
