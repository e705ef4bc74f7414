import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { FeedbackProvider } from '../shared/feedback/FeedbackProvider';
import type { AppApollo } from './apollo/create-apollo-client';
import { RealtimeProvider } from './apollo/realtime-context';
import { createAppRouter } from './router';
import { theme } from './theme';

export function App({ apollo }: { apollo: AppApollo }) {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ApolloProvider client={apollo.client}>
        <RealtimeProvider value={apollo.realtime}>
          <FeedbackProvider>
            <RouterProvider router={router} />
          </FeedbackProvider>
        </RealtimeProvider>
      </ApolloProvider>
    </ThemeProvider>
  );
}
