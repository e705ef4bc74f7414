import { describe, expect, it } from 'vitest';
import { graphqlWsUrl } from './create-apollo-client';
import { retryDelay } from './realtime-socket';

describe('retryDelay', () => {
  it('doubles from one second and stops at thirty, with jitter of up to half', () => {
    expect(retryDelay(0, () => 1)).toBe(1000);
    expect(retryDelay(3, () => 1)).toBe(8000);
    expect(retryDelay(10, () => 1)).toBe(30_000);
    expect(retryDelay(10, () => 0)).toBe(15_000);
  });
});

describe('graphqlWsUrl', () => {
  it('follows the page: wss behind https, ws otherwise', () => {
    expect(graphqlWsUrl({ protocol: 'https:', host: 'crm.example.com' })).toBe('wss://crm.example.com/graphql');
    expect(graphqlWsUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
  });
});
