import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { authToken } from '../app/apollo/auth-token';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  authToken.clear();
});
