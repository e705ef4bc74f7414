import type { LiveSockets } from './live-sockets';
import { TOPICS, type BerthPubSub, type SessionEndedEvent } from './pubsub';

/**
 * Ends sessions' live sockets on every instance. A browser's socket may be held by any
 * instance behind the load balancer, not the one that handled the logout, so the end travels
 * over the shared event channel; each instance listens and closes what it holds.
 */
export class SessionEnds {
  constructor(
    private readonly pubsub: BerthPubSub,
    private readonly sockets: LiveSockets,
  ) {}

  /** Call after the revocation has committed, so a socket that re-checks sees it. */
  announce(event: SessionEndedEvent): void {
    // This instance's sockets close at once, even if the notification were lost.
    this.sockets.end(event);
    this.pubsub.publish(TOPICS.sessionEnded, event);
  }

  /** Closes this instance's sockets of the sessions ended anywhere, until the returned stop is called. */
  listen(): () => Promise<void> {
    const events = this.pubsub.subscribe(TOPICS.sessionEnded);
    const done = (async () => {
      for await (const event of events) this.sockets.end(event);
    })();
    return async () => {
      await events.return();
      await done;
    };
  }
}
