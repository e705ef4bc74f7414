import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import { FeedbackProvider } from '../shared/feedback/FeedbackProvider';
import type { AppApollo } from './apollo/create-apollo-client';
import { RealtimeProvider } from './apollo/realtime-context';
import { createAppRouter } from './router';
import { LocalizedThemeProvider } from './LocalizedThemeProvider';
import { I18nProvider } from '../i18n/I18nProvider';

export function App({ apollo }: { apollo: AppApollo }) {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <I18nProvider>
      <LocalizedThemeProvider>
      <CssBaseline />
      <ApolloProvider client={apollo.client}>
        <RealtimeProvider value={apollo.realtime}>
          <FeedbackProvider>
            <RouterProvider router={router} />
          </FeedbackProvider>
        </RealtimeProvider>
      </ApolloProvider>
      </LocalizedThemeProvider>
    </I18nProvider>
  );
}
