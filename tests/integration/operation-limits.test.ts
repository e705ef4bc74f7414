import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse } from 'graphql';
import { BerthError, LIMITS } from '@berth/domain';
import { OPERATION_LIMITS, assertWithinLimits } from '../../server/src/graphql/operation-limits';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, wsClient } from '../support/graphql-client';
import { loginAs, makeUser } from '../support/factories';

// A recursive type reaches any depth; Berth's schema will grow such relations.
const schema = buildSchema(`type Node { id: ID, child: Node, children(first: Int = 10): [Node], items: [Node], page(first: Int = 25): Page }
  type Page { edges: [Node], total: Int } type Query { node: Node }`);

const nested = (levels: number) => `{ node ${'{ child '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;
const refusalOf = (query: string, variables: Record<string, unknown> = {}) => {
  try {
    assertWithinLimits(schema, parse(query), variables);
    return null;
  } catch (error) {
    return error as BerthError;
  }
};
const codeOf = (query: string, variables: Record<string, unknown> = {}) => refusalOf(query, variables)?.code ?? null;

/** `levels` fragments, each spreading the next twice: 2^levels fields once expanded, a few hundred bytes as sent. */
const fragmentBomb = (levels: number, type = 'Query') =>
  `query { ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on ${type} { __typename }`;

describe('operation limits', () => {
  it('allows the deepest permitted operation and refuses one level more', () => {
    expect(codeOf(nested(OPERATION_LIMITS.maxDepth - 1))).toBeNull();
    expect(codeOf(nested(OPERATION_LIMITS.maxDepth + 1))).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts depth through fragments, and refuses fragment cycles instead of looping', () => {
    const viaFragments = `fragment A on Node { child { child { child { ...B } } } } fragment B on Node { child { child { child { child { child { child { id } } } } } } }
      { node { child { ...A } } }`;
    expect(codeOf(viaFragments)).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf('fragment A on Node { child { ...A } } { node { ...A } }')).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('measures fragments that spread each other twice once each: 60 levels are judged at once, not in 2^60 steps', () => {
    // Under the old counter every spread re-walked its fragment: 30 levels took about half an hour.
    expect(codeOf(fragmentBomb(60))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(fragmentBomb(3))).toBeNull();
  });

  it('prices lists by their `first` argument, variables and defaults included', () => {
    expect(codeOf('query($n: Int) { node { children(first: $n) { children(first: $n) { id } } } }', { n: 10 })).toBeNull();
    expect(codeOf('query($n: Int) { node { children(first: $n) { children(first: $n) { id } } } }', { n: 100 })).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf('query($n: Int = 100) { node { children(first: $n) { children(first: $n) { id } } } }')).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf('{ node { children { children { children { children { id } } } } } }')).toBe('QUERY_TOO_COMPLEX'); // 10^4 by default
    // A declared variable that was not sent leaves the argument to its default, as execution does.
    expect(codeOf('query($n: Int) { node { children(first: $n) { children(first: $n) { children(first: $n) { children(first: $n) { id } } } } } }')).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf('query($n: Int) { node { children(first: $n) { id } } }')).toBeNull();
  });

  it('prices lists without `first` too, so nesting them cannot multiply for free', () => {
    expect(codeOf('{ node { items { items { id } } } }')).toBeNull();
    expect(codeOf('{ node { items { items { items { items { id } } } } } }')).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices the list holding a page by the page size alone, however it is spread', () => {
    const item = 'id child { id } items { id }'; // 1 + 2 + 10 × 1 = 13 per item
    // 100 × (1 + 13 + 1) = 1,500; were `edges` priced as an unpaged list too, 100 × (10 × 13 + 1) = 13,100.
    expect(codeOf(`{ node { page(first: 100) { edges { ${item} } total } } }`)).toBeNull();
    expect(codeOf(`{ node { page(first: 100) { ...P } } } fragment P on Page { edges { ${item} } total }`)).toBeNull();
    // Lists below the page's items still multiply: 25 × 10 × 10 × 10.
    expect(codeOf('{ node { page(first: 25) { edges { items { items { items { id } } } } } } }')).toBe('QUERY_TOO_COMPLEX');
  });

  it.each([
    ['null', null],
    ['negative', -5],
    ['zero', 0],
    ['over the page size', LIMITS.pageSize + 1],
    ['not a whole number', 2.5],
    ['not a number', 'many'],
  ])('refuses a %s page size as bad input naming `first`, before any cost is computed', (_what, n) => {
    const refusal = refusalOf('query($n: Int) { node { children(first: $n) { id } } }', { n });
    expect(refusal?.code).toBe('BAD_USER_INPUT');
    expect(refusal?.fields).toEqual([expect.objectContaining({ field: 'first' })]);
  });

  it('refuses too many root fields', () => {
    expect(codeOf(`{ ${'node { id } '.repeat(OPERATION_LIMITS.maxRootFields + 1)} }`)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('operation limits over HTTP and WebSocket', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { role: 'MANAGER' }));
  });
  afterAll(() => t.stop());

  it('refuses the anonymous fragment bomb with a coded error, and keeps serving', async () => {
    const res = await gql(t.graphqlUrl, fragmentBomb(40));
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.status).toBe(400);
    expect(errorCode(await gql(t.graphqlUrl, '{ me { id } }', {}, { token }))).toBeUndefined();
  });

  it('refuses each known way around the cost limit', async () => {
    const page = 'customers(first: 100) { edges { node { id contacts { id name emails } ownershipEvents { kind } followUps { id content } } } }';
    const aliased = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    expect(errorCode(await gql(t.graphqlUrl, aliased, {}, { token }))).toBe('QUERY_TOO_COMPLEX');

    for (const n of [null, -100, 0, 101]) {
      const res = await gql(t.graphqlUrl, 'query($n: Int) { customers(first: $n) { totalCount } }', { n }, { token });
      expect(errorCode(res), `first: ${n}`).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'first' })]);
    }
    const literalNegative = await gql(t.graphqlUrl, '{ customers(first: -1) { totalCount } }', {}, { token });
    expect(errorCode(literalNegative)).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token }))).toBeUndefined();
  });

  it('applies the same limits on the WebSocket, before anything runs', async () => {
    const client = wsClient(t.wsUrl, token);
    const run = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<any>((resolve) => client.subscribe({ query, variables }, { next: resolve, error: resolve, complete: () => undefined }));
    try {
      expect((await run(fragmentBomb(40)))[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      const badPage = await run('query($n: Int) { customers(first: $n) { totalCount } }', { n: null });
      expect(badPage[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(badPage[0].extensions.fields).toEqual([expect.objectContaining({ field: 'first' })]);
    } finally {
      await client.dispose();
    }
  });
});
