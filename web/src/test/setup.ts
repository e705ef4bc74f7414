import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { authToken } from '../app/apollo/auth-token';

// findBy…/waitFor wait for what a test needs, never for a fixed time; their ceiling only bounds
// a test that fails. Testing Library's 1 s default is a timing assumption: MUI pages rendered in
// jsdom on two cores shared with the integration tier took longer (CustomerPageFollowUps timed
// out three times under load), so the ceiling is generous.
configure({ asyncUtilTimeout: 15_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  authToken.clear();
});
