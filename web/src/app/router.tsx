import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSignedIn } from '../features/auth/components/RequireSignedIn';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { LoadingState } from '../shared/components/LoadingState';
import { NotFoundPage } from './NotFoundPage';
import { AppShell } from './layout/AppShell';
import { RootLayout } from './RootLayout';

/*
 * Pages load on first visit: the customer grid (MUI X) is most of the bundle, and the login
 * page should not wait for it.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    hydrateFallbackElement: <LoadingState fullScreen />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <Navigate to="/customers" replace /> },
              {
                path: '/customers',
                lazy: async () => ({ Component: (await import('../features/customers/pages/CustomersPage')).CustomersPage }),
              },
              {
                path: '/customers/:id',
                lazy: async () => ({ Component: (await import('../features/customers/pages/CustomerPage')).CustomerPage }),
              },
              { path: '/pool', lazy: async () => ({ Component: (await import('../features/pool/pages/PoolPage')).PoolPage }) },
              { path: '/team', lazy: async () => ({ Component: (await import('../features/team/pages/TeamPage')).TeamPage }) },
              // Its own chunk: the charts (@mui/x-charts) load only with this page.
              {
                path: '/analytics',
                lazy: async () => ({ Component: (await import('../features/analytics/pages/AnalyticsPage')).AnalyticsPage }),
              },
              {
                path: '/transfers',
                lazy: async () => ({ Component: (await import('../features/transfers/pages/TransfersPage')).TransfersPage }),
              },
              // Importing card files: the upload and recent imports, then one import at its step.
              { path: '/imports', lazy: async () => ({ Component: (await import('../features/imports/pages/ImportsPage')).ImportsPage }) },
              {
                path: '/imports/:id',
                lazy: async () => ({ Component: (await import('../features/imports/pages/ImportJobPage')).ImportJobPage }),
              },
              {
                path: '/settings',
                lazy: async () => ({ Component: (await import('../features/settings/pages/SettingsPage')).SettingsPage }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
