import { setMaxListeners } from 'node:events';
import { Client } from 'pg';
import type { Logger } from '../logger';

const CHANNEL = 'berth_events';
/** NOTIFY payloads must stay under 8000 bytes; publishers split id lists well below this. */
export const MAX_EVENT_BYTES = 7_900;
const RECONNECT_MS = 1_000;

type Listener = Parameters<EventTarget['addEventListener']>[1];

/**
 * The pubsub's event target, shared by every server instance on one database through
 * LISTEN/NOTIFY: an event published on any instance reaches the subscribers on all of them
 * (the recycle sweep runs on one instance; every dashboard must still hear it). Events are
 * ids and audiences only, so they fit a notification. Delivery is at most once: a listener
 * reconnects after a dropped connection, and clients refetch what they show when they reconnect.
 */
export class PostgresEventTarget {
  // One listener per open subscription of a topic: hundreds on a busy instance are normal, not a leak.
  private readonly local = (() => {
    const target = new EventTarget();
    setMaxListeners(0, target);
    return target;
  })();
  private listener: Client | null = null;
  private closed = false;
  /** Events dispatched in the same turn of the event loop, sent together (a sweep batch announces many). */
  private pending: string[] = [];
  /** Notifications go out one after another: on separate pooled connections they could overtake each other. */
  private sending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly url: string,
    private readonly publish: (payload: string) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** `publish` sends one NOTIFY through the app's pool; the listener gets its own connection. */
  static async start(url: string, publish: (sql: string, params: unknown[]) => Promise<unknown>, logger: Logger): Promise<PostgresEventTarget> {
    const target = new PostgresEventTarget(url, (payload) => publish('SELECT pg_notify($1, $2)', [CHANNEL, payload]), logger);
    await target.listen();
    return target;
  }

  addEventListener(type: string, listener: Listener): void {
    this.local.addEventListener(type, listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.local.removeEventListener(type, listener);
  }

  /**
   * Sends the event to every instance, this one included (it hears its own NOTIFY). Events of one
   * turn go out together, as few notifications as fit, in order.
   */
  dispatchEvent(event: Event): boolean {
    const payload = JSON.stringify({ type: event.type, detail: (event as CustomEvent).detail });
    if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) {
      this.logger.error(`A live event of ${Buffer.byteLength(payload)} bytes is too large to share; delivered on this instance only.`);
      this.deliverAll(`[${payload}]`);
      return true;
    }
    if (this.pending.push(payload) === 1) setImmediate(() => this.flush());
    return true;
  }

  private flush(): void {
    const payloads = this.pending;
    this.pending = [];
    let batch: string[] = [];
    let bytes = 2;
    const send = () => {
      if (!batch.length) return;
      const payload = `[${batch.join(',')}]`;
      this.sending = this.sending.then(() => this.publish(payload)).catch((error: Error) => this.logger.error(`Could not share live events: ${error.message}`));
      batch = [];
      bytes = 2;
    };
    for (const payload of payloads) {
      const size = Buffer.byteLength(payload) + 1;
      if (bytes + size > MAX_EVENT_BYTES) send();
      batch.push(payload);
      bytes += size;
    }
    send();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.deliverAll(message.payload);
    });
    client.on('error', (error) => this.logger.warn(`Live events connection: ${error.message}`));
    client.on('end', () => {
      this.listener = null;
      if (!this.closed) setTimeout(() => void this.reconnect(), RECONNECT_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.listen();
      this.logger.info('Live events connection restored.');
    } catch (error) {
      this.logger.warn(`Live events connection: ${(error as Error).message}; retrying.`);
      if (!this.closed) setTimeout(() => void this.reconnect(), RECONNECT_MS).unref();
    }
  }

  /** A notification carries a JSON array of events. */
  private deliverAll(payload: string): void {
    for (const { type, detail } of JSON.parse(payload) as { type: string; detail: unknown }[]) {
      this.local.dispatchEvent(new CustomEvent(type, { detail }));
    }
  }
}
