import { TOPICS, type BerthPubSub, type SessionEndedEvent } from './pubsub';

/** What holds on to sessions on an instance: its live sockets, its session cache. */
export interface SessionHolder {
  end(event: SessionEndedEvent): void;
}

/**
 * Ends sessions' live sockets on every instance. A browser's socket may be held by any
 * instance behind the load balancer, not the one that handled the logout, so the end travels
 * over the shared event channel; each instance listens and closes what it holds.
 */
export class SessionEnds {
  constructor(
    private readonly pubsub: BerthPubSub,
    private readonly holders: SessionHolder[],
  ) {}

  /** Call after the revocation has committed, so a socket that re-checks sees it. */
  announce(event: SessionEndedEvent): void {
    // This instance lets go at once, even if the notification were lost.
    this.endHere(event);
    this.pubsub.publish(TOPICS.sessionEnded, event);
  }

  private endHere(event: SessionEndedEvent): void {
    for (const holder of this.holders) holder.end(event);
  }

  /** Lets go of the sessions ended anywhere (sockets closed, cache evicted), until the returned stop is called. */
  listen(): () => Promise<void> {
    const events = this.pubsub.subscribe(TOPICS.sessionEnded);
    const done = (async () => {
      for await (const event of events) this.endHere(event);
    })();
    return async () => {
      await events.return();
      await done;
    };
  }
}
