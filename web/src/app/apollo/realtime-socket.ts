import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import { trackConnectionState, type ConnectionState } from './connection-state';
import { catchUpOnReconnect, NO_CATCH_UP, type CatchUp } from './reconnect-catch-up';

type Identity = string | null;
type Listener = () => void;

export interface RealtimeSocketOptions {
  url: string;
  getToken: () => string | null;
  /** The server closed the socket because the session ended (logout elsewhere, expiry). */
  onSessionEnded?: () => void;
  /**
   * The socket is back after a drop: read again what is on screen (events sent meanwhile are
   * lost). Signed in only. Settles when the screen is up to date.
   */
  onReconnected?: () => Promise<unknown>;
  /**
   * The server refused to open the socket (4403): its session check failed. That may be a
   * session that ended while the socket was down, which graphql-ws would retry for ever; the
   * app asks over HTTP whether the user is still signed in.
   */
  onRefused?: () => void;
  /** Injected by tests; defaults to graphql-ws's own factory. */
  createWsClient?: (options: ClientOptions) => Client;
}

const MAX_BACKOFF_MS = 30_000;
/** Berth's server closes a socket with 4401 when its session ends; graphql-ws treats it as fatal. */
const SESSION_ENDED = 4401;
/** graphql-ws servers close with 4403 when `onConnect` refuses the connection. */
const REFUSED = 4403;

const closeCode = (event: unknown) => (event as { code?: number } | null)?.code;

/** Exponential backoff with jitter, so a restarted server is not hit by every tab at once. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** retries);
  return Math.round(base * (0.5 + random() * 0.5));
}

/**
 * Owns the graphql-ws client. The socket authenticates once, at connection time, so a
 * change of identity (login, logout, another user) must replace the client: otherwise a
 * signed-out tab would keep receiving the previous user's events.
 */
export class RealtimeSocket {
  private client: Client | null = null;
  private wsLink: GraphQLWsLink | null = null;
  private stopTracking: (() => void) | null = null;
  private currentIdentity: Identity | undefined = undefined;
  private state: ConnectionState = 'offline';
  private catchUp: CatchUp = NO_CATCH_UP;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly options: RealtimeSocketOptions) {}

  /** An Apollo link that always talks through the current client. */
  readonly link = new ApolloLink((operation) => this.ensureLink().request(operation));

  get identity(): Identity | undefined {
    return this.currentIdentity;
  }

  getState = (): ConnectionState => this.state;

  /** How far the app is with bringing the screen up to date after the last reconnect. */
  getCatchUp = (): CatchUp => this.catchUp;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** `userId` null = signed out: the socket then opens only while something subscribes. */
  setIdentity(userId: Identity) {
    if (this.client && this.currentIdentity === userId) return;
    this.dispose();
    this.currentIdentity = userId;
    this.client = this.createClient(userId !== null);
    this.wsLink = new GraphQLWsLink(this.client);
    this.emit();
  }

  dispose() {
    this.stopTracking?.();
    this.stopTracking = null;
    this.client?.dispose();
    this.client = null;
    this.wsLink = null;
    this.catchUp = NO_CATCH_UP;
    this.setState('offline');
  }

  private ensureLink(): GraphQLWsLink {
    if (!this.wsLink) this.setIdentity(this.currentIdentity ?? null);
    return this.wsLink!;
  }

  private createClient(signedIn: boolean): Client {
    const factory = this.options.createWsClient ?? createClient;
    const client = factory({
      url: this.options.url,
      // Signed in, the socket stays open so the indicator tells the truth before the first subscription.
      lazy: !signedIn,
      connectionParams: () => {
        const token = this.options.getToken();
        return token ? { authToken: token } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
      // Retries are exhausted only by fatal closes; 4401 means this identity is gone for good.
      onNonLazyError: (error) => {
        this.setState('offline');
        if (closeCode(error) === SESSION_ENDED) this.options.onSessionEnded?.();
      },
    });
    const stops = [trackConnectionState(client, (state) => this.setState(state))];
    if (signedIn) {
      const { onReconnected, onRefused } = this.options;
      if (onReconnected) stops.push(catchUpOnReconnect(client, onReconnected, (catchUp) => this.setCatchUp(catchUp)));
      if (onRefused) {
        stops.push(
          client.on('closed', (event) => {
            if (closeCode(event) === REFUSED) onRefused();
          }),
        );
      }
    }
    this.stopTracking = () => stops.forEach((stop) => stop());
    return client;
  }

  private setState(state: ConnectionState) {
    if (state === this.state) return;
    this.state = state;
    this.emit();
  }

  private setCatchUp(catchUp: CatchUp) {
    this.catchUp = catchUp;
    this.emit();
  }

  private emit() {
    this.listeners.forEach((listener) => listener());
  }
}
