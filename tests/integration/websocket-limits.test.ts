import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBerthServer } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { createDataSource } from '../../server/src/db/data-source';
import { MAX_REQUEST_BYTES } from '../../server/src/http/request-limits';
import { createLogger } from '../../server/src/logger';
import { MAX_OPERATIONS_PER_SOCKET } from '../../server/src/graphql/websocket';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql, subscribe, wsClient } from '../support/graphql-client';
import { loginAs, makeUser } from '../support/factories';

const PROTOCOL = 'graphql-transport-ws';
const ALLOWED = 'https://crm.example.com';
const INIT_TIMEOUT_MS = 300;

/** Another instance on the same database, configured from `env` as in production. */
async function startInstanceWith(t: TestServer, env: Record<string, string>) {
  const dataSource = createDataSource(t.databaseUrl);
  await dataSource.initialize();
  const config = { ...loadConfig(env), port: 0, databaseUrl: t.databaseUrl, webDistDir: '/nonexistent', logLevel: 'silent' as const };
  const server = await startBerthServer({ config, dataSource, clock: t.clock, logger: createLogger('silent') });
  return {
    wsUrl: `ws://localhost:${server.port}/graphql`,
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

/** The upgrade's outcome: the HTTP status of a refusal, or 101 for an open socket (closed again). */
async function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  const socket = new WebSocket(url, PROTOCOL, { headers });
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (req, res) => {
      req.destroy();
      resolve(res.statusCode ?? 0);
    });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('error', reject);
  });
}

/** Runs one query over a graphql-ws client and gives its result, or the error/close it ended with. */
function runOnce(client: ReturnType<typeof wsClient>, query: string): Promise<any> {
  return new Promise((resolve) => client.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined }));
}

/**
 * Opens a raw connection, completes the upgrade, then sends only the header of a text frame
 * announcing `length` bytes. Resolves with the close code the server answers with.
 */
async function announceFrame(port: number, length: bigint): Promise<number> {
  const socket = net.connect(port, 'localhost');
  await once(socket, 'connect');
  const request = [
    'GET /graphql HTTP/1.1',
    `Host: localhost:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Protocol: ${PROTOCOL}`,
    '',
    '',
  ].join('\r\n');
  socket.write(request);
  let received = Buffer.alloc(0);
  let upgraded = false;
  try {
    for await (const chunk of socket) {
      received = Buffer.concat([received, chunk as Buffer]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) continue;
        expect(received.subarray(0, 12).toString()).toBe('HTTP/1.1 101');
        received = received.subarray(end + 4);
        upgraded = true;
        const header = Buffer.alloc(14);
        header[0] = 0x81; // final text frame
        header[1] = 0x80 | 127; // masked, 64-bit length follows
        header.writeBigUInt64BE(length, 2);
        randomBytes(4).copy(header, 10);
        socket.write(header);
      }
      // The server's close frame: opcode 8, unmasked, a short payload starting with the code.
      if (received.length >= 4) {
        expect(received[0]).toBe(0x88);
        return received.readUInt16BE(2);
      }
    }
    throw new Error('the server hung up without a close frame');
  } finally {
    socket.destroy();
  }
}

/** Resolves with `promise`, or fails once `ms` pass: for events that must happen promptly. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('WebSocket abuse limits', () => {
  let t: TestServer;
  let configured: Awaited<ReturnType<typeof startInstanceWith>>;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    configured = await startInstanceWith(t, { BERTH_ALLOWED_ORIGINS: ALLOWED, BERTH_WS_INIT_TIMEOUT_MS: String(INIT_TIMEOUT_MS) });
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
  });
  afterAll(async () => {
    await configured?.stop();
    await t?.stop();
  });

  describe('origin', () => {
    it('refuses a cookie-carrying upgrade from another site before any GraphQL runs', async () => {
      const cookie = `berth_token=${token}`;
      expect(await upgradeStatus(t.wsUrl, { cookie, origin: 'https://evil.example' })).toBe(403);
      expect(await upgradeStatus(t.wsUrl, { cookie, origin: 'null' })).toBe(403);
      // Same host name, another port: another origin.
      expect(await upgradeStatus(t.wsUrl, { cookie, origin: 'http://localhost:1' })).toBe(403);
      // An origin allowed on one instance is not allowed where it is not configured.
      expect(await upgradeStatus(t.wsUrl, { cookie, origin: ALLOWED })).toBe(403);
    });

    it("accepts the server's own origin, over http or https, and signs in with the cookie", async () => {
      const port = new URL(t.url).port;
      for (const origin of [`http://localhost:${port}`, `https://localhost:${port}`]) {
        const client = wsClient(t.wsUrl, undefined, { cookie: `berth_token=${token}`, origin });
        const me = await runOnce(client, '{ me { id } }');
        expect(me.data.me.id).toBeTruthy();
        await client.dispose();
      }
    });

    it('accepts an origin listed in BERTH_ALLOWED_ORIGINS', async () => {
      const client = wsClient(configured.wsUrl, undefined, { cookie: `berth_token=${token}`, origin: ALLOWED });
      const me = await runOnce(client, '{ me { id } }');
      expect(me.data.me.id).toBeTruthy();
      await client.dispose();
    });

    it('accepts clients that send no Origin (they authenticate with their own token)', async () => {
      const client = wsClient(t.wsUrl, token);
      expect((await runOnce(client, '{ me { id } }')).data.me.id).toBeTruthy();
      await client.dispose();
    });
  });

  describe('message size', () => {
    it('closes with 1009 as soon as a frame announces more than the limit, without waiting for its bytes', async () => {
      const port = Number(new URL(t.url).port);
      // Before any sign-in, 100 MiB announced and never sent: refused from the header alone.
      expect(await within(2_000, announceFrame(port, 100n * 1024n * 1024n), 'the close')).toBe(1009);
      // The server is not stalled: it still answers at once.
      expect((await gql(t.graphqlUrl, '{ me { id } }', {}, { token })).data.me.id).toBeTruthy();
    });

    it('refuses a message over the HTTP body limit, and takes one under it', async () => {
      const socket = new WebSocket(t.wsUrl, PROTOCOL);
      await once(socket, 'open');
      const padding = (bytes: number) => JSON.stringify({ type: 'connection_init', payload: { authToken: token, pad: 'x'.repeat(bytes) } });
      const closed = once(socket, 'close');
      socket.send(padding(MAX_REQUEST_BYTES - 1_000));
      const [ack] = await once(socket, 'message');
      expect(JSON.parse(String(ack)).type).toBe('connection_ack');
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ me { id } } # ${'x'.repeat(MAX_REQUEST_BYTES)}` } }));
      const [code] = await within(2_000, closed, 'the close');
      expect(code).toBe(1009);
    });
  });

  describe('operations per socket', () => {
    it(`refuses subscription ${MAX_OPERATIONS_PER_SOCKET + 1} with a code, stays usable, and frees a slot when one completes`, async () => {
      const client = wsClient(t.wsUrl, token);
      const POOL = 'subscription { poolChanged { kind customerIds } }';
      const subs = Array.from({ length: MAX_OPERATIONS_PER_SOCKET }, () => subscribe(client, POOL));
      // Every one is live once each has heard an event.
      for (let round = 0; subs.some((s) => !s.events.length); round++) {
        if (round > 50) throw new Error('subscriptions never became live');
        t.server.services.news.poolChanged('RETURNED', [round + 1]);
        await Promise.all(subs.map((s) => s.until(() => s.events.length > 0, 200).catch(() => undefined)));
      }

      const refused = subscribe(client, POOL);
      await refused.until(() => refused.done);
      expect((refused.failure as any[])[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(subs.every((s) => !s.done)).toBe(true);

      // Completing one frees its place for the next.
      subs.pop()!.stop();
      const next = subscribe(client, POOL);
      for (let round = 0; !next.events.length; round++) {
        if (round > 50) throw new Error('the freed slot was not reusable');
        t.server.services.news.poolChanged('RETURNED', [round + 1]);
        await next.until(() => next.events.length > 0, 200).catch(() => undefined);
      }
      expect(next.done).toBe(false);
      subs.pop()!.stop();
      expect((await runOnce(client, '{ me { id } }')).data.me.id).toBeTruthy();
      await client.dispose();
    });
  });

  describe('connection_init', () => {
    it('closes a socket that never sends connection_init (4408) within the configured wait', async () => {
      const started = Date.now();
      const socket = new WebSocket(configured.wsUrl, PROTOCOL);
      const [code] = await within(INIT_TIMEOUT_MS + 1_500, once(socket, 'close'), 'the close');
      expect(code).toBe(4408);
      expect(Date.now() - started).toBeGreaterThanOrEqual(INIT_TIMEOUT_MS - 50);
    });
  });
});
