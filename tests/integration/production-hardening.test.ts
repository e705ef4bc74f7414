import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, wsClient } from '../support/graphql-client';
import { loginAs, makeUser, TEST_PASSWORD } from '../support/factories';

const MISSPELT_FIELD = '{ me { id naem } }';
const MISSPELT_ENUM = 'query($sort: CustomerSort) { customers(sort: $sort) { totalCount } }';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REAL_DIST = path.resolve(__dirname, '../../web/dist');
const SCRIPT = `console.log(${JSON.stringify('berth '.repeat(200))});\n`;

/** A built dashboard in miniature: index.html and one hashed script with its brotli and gzip copies. */
function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/app-abc123.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/app-abc123.js'), SCRIPT);
  fs.writeFileSync(path.join(dir, 'assets/app-abc123.js.br'), zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'assets/app-abc123.js.gz'), zlib.gzipSync(SCRIPT));
  return dir;
}

/** GET without fetch's automatic decompression, so the bytes on the wire can be checked. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('production hardening', () => {
  let prod: TestServer;
  let dev: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = fakeDist();
    // Production behind a proxy on this machine; development reached directly.
    prod = await startTestServer({ production: true, config: { trustProxy: 'loopback', webDistDir: dist } });
    dev = await startTestServer();
  });
  afterAll(async () => {
    await prod?.stop();
    await dev?.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  describe('error messages', () => {
    it('answers a misspelt field without naming the schema in production (development still suggests)', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const res = await gql(prod.graphqlUrl, MISSPELT_FIELD, {}, { token });
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].message).toBe('Cannot query field "naem" on type "User".');

      const devToken = await loginAs(dev.graphqlUrl, await makeUser(dev.dataSource));
      const devRes = await gql(dev.graphqlUrl, MISSPELT_FIELD, {}, { token: devToken });
      expect(devRes.errors![0].message).toMatch(/Did you mean "name"\?$/);
    });

    it('answers a misspelt enum value in variables without suggesting the right one in production', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const res = await gql(prod.graphqlUrl, MISSPELT_ENUM, { sort: { field: 'COMPANY_NAM', direction: 'ASC' } }, { token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('Value "COMPANY_NAM" does not exist in "CustomerSortField" enum.');
      expect(res.errors![0].message).not.toContain('Did you mean');
    });

    it('answers a misspelt field over the WebSocket without suggestions', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const client = wsClient(prod.wsUrl, token);
      const errors = await new Promise<any>((resolve) =>
        client.subscribe({ query: MISSPELT_FIELD }, { next: resolve, error: resolve, complete: () => undefined }),
      );
      await client.dispose();
      expect(errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0].message).toBe('Cannot query field "naem" on type "User".');
    });
  });

  describe('introspection', () => {
    it('is refused in production over HTTP and WebSocket alike, and answered in development', async () => {
      const query = '{ __schema { queryType { name } } }';
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      expect(errorCode(await gql(prod.graphqlUrl, query, {}, { token }))).toBe('GRAPHQL_VALIDATION_FAILED');
      const client = wsClient(prod.wsUrl, token);
      const overSocket = await new Promise<any>((resolve) => client.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined }));
      await client.dispose();
      expect(overSocket[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const devToken = await loginAs(dev.graphqlUrl, await makeUser(dev.dataSource));
      const client2 = wsClient(dev.wsUrl, devToken);
      const devAnswer = await new Promise<any>((resolve) => client2.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined }));
      await client2.dispose();
      expect(devAnswer.data.__schema.queryType.name).toBe('Query');
    });
  });

  describe('session cookie', () => {
    const cookieOfLogin = async (t: TestServer, headers: Record<string, string> = {}) => {
      const user = await makeUser(t.dataSource);
      const res = await fetch(t.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
          variables: { input: { email: user.email, password: TEST_PASSWORD } },
        }),
      });
      expect((await res.json()).data.login.token).toBeTruthy();
      return res.headers.get('set-cookie') ?? '';
    };

    it('is Secure when a trusted proxy says the request came over HTTPS', async () => {
      expect(await cookieOfLogin(prod, { 'x-forwarded-proto': 'https' })).toMatch(/^berth_token=[^;]+;.*; Secure/i);
    });

    it('is not Secure over plain HTTP', async () => {
      const cookie = await cookieOfLogin(prod);
      expect(cookie).toMatch(/^berth_token=[^;]+;/);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it('ignores X-Forwarded-Proto when no proxy is trusted', async () => {
      const cookie = await cookieOfLogin(dev, { 'x-forwarded-proto': 'https' });
      expect(cookie).toMatch(/^berth_token=[^;]+;/);
      expect(cookie).not.toMatch(/Secure/i);
    });
  });

  describe('dashboard', () => {
    it('answers with a CSP fit for the dashboard and its same-host WebSocket, and the other security headers', async () => {
      const res = await rawGet(`${prod.url}/`);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']).split(';');
      const host = `localhost:${prod.server.port}`;
      expect(csp).toEqual(
        expect.arrayContaining([
          "default-src 'self'",
          `connect-src 'self' ws://${host} wss://${host}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "frame-ancestors 'none'",
          "object-src 'none'",
          "base-uri 'self'",
          "script-src 'self'",
        ]),
      );
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    });

    it('asks browsers to upgrade insecure requests only when served over HTTPS', async () => {
      const res = await rawGet(`${prod.url}/`, { 'x-forwarded-proto': 'https' });
      expect(String(res.headers['content-security-policy']).split(';')).toContain('upgrade-insecure-requests');
    });

    it('sends the security headers with API answers too', async () => {
      const res = await fetch(prod.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    });

    it("leaves development's Apollo landing page without the CSP, which would block its sandbox", async () => {
      const res = await rawGet(dev.graphqlUrl, { accept: 'text/html' });
      expect(res.headers['content-security-policy']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('serves index.html for client routes, revalidated on every load', async () => {
      for (const route of ['/', '/customers/42']) {
        const res = await rawGet(`${prod.url}${route}`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.body.toString()).toContain('/assets/app-abc123.js');
        expect((await rawGet(`${prod.url}${route}`, { 'if-none-match': res.headers.etag! })).status).toBe(304);
      }
    });

    it.each([
      ['br', 'br, gzip', zlib.brotliDecompressSync],
      ['gzip', 'gzip, deflate', zlib.gunzipSync],
    ])('serves a hashed asset precompressed as %s to a client accepting %s, cached for a year', async (encoding, accepted, decompress) => {
      const res = await rawGet(`${prod.url}/assets/app-abc123.js`, { 'accept-encoding': accepted });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body.length).toBeLessThan(SCRIPT.length / 4);
      expect(decompress(res.body).toString()).toBe(SCRIPT);
    });

    it('serves the plain asset to a client that accepts no compression', async () => {
      const res = await rawGet(`${prod.url}/assets/app-abc123.js`, { 'accept-encoding': 'identity' });
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.body.toString()).toBe(SCRIPT);
    });

    it('answers a missing asset with 404, not index.html', async () => {
      for (const missing of ['/assets/app-old999.js', '/assets/', '/assets/nested/x.css']) {
        const res = await rawGet(`${prod.url}${missing}`, { 'accept-encoding': 'br, gzip' });
        expect(res.status, missing).toBe(404);
        expect(res.headers['content-type']).not.toMatch(/html/);
      }
    });

    it.skipIf(!fs.existsSync(path.join(REAL_DIST, 'index.html')))("serves the real build's entry script brotli-compressed", async () => {
      const t = await startTestServer({ production: true, withDashboard: true });
      try {
        const index = await rawGet(`${t.url}/`);
        const entry = index.body.toString().match(/<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/)![1];
        const plain = fs.readFileSync(path.join(REAL_DIST, entry));
        const res = await rawGet(`${t.url}${entry}`, { 'accept-encoding': 'gzip, deflate, br' });
        expect(res.headers['content-encoding']).toBe('br');
        expect(res.headers['cache-control']).toBe(IMMUTABLE);
        expect(res.body.length).toBeLessThan(plain.length / 2);
        expect(zlib.brotliDecompressSync(res.body).equals(plain)).toBe(true);
      } finally {
        await t.stop();
      }
    });
  });
});
