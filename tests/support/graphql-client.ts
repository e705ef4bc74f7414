import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string; rule?: string; params?: Record<string, string | number> }[] } }[];
  headers: Headers;
}

/** POSTs one operation the way any client would; `token` goes in the Authorization header. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { token?: string; cookie?: string } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON answer (${res.status}): ${text.slice(0, 200)}`);
  }
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/** The first error's code, or undefined when the operation succeeded. */
export function errorCode(res: GraphQLResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** A graphql-ws client; `headers` are sent on the upgrade request, as a browser sends its cookies. */
export function wsClient(url: string, token?: string, headers?: Record<string, string>): Client {
  const withHeaders = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
  return createClient({
    url,
    webSocketImpl: headers ? withHeaders : WebSocket,
    connectionParams: token ? { authToken: token } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects the events of one subscription until `stop()`. */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: { data?: T; errors?: readonly unknown[] }[] = [];
  let failure: unknown = null;
  let done = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value as any);
        wake();
      },
      error: (error) => {
        failure = error;
        done = true;
        wake();
      },
      complete: () => {
        done = true;
        wake();
      },
    },
  );
  return {
    events,
    get failure() {
      return failure;
    },
    get done() {
      return done;
    },
    /** Resolves when `predicate` holds, waking on each event (no sleeping). */
    async until(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`subscription condition not met in ${timeoutMs} ms (${events.length} events)`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    stop: dispose,
  };
}
