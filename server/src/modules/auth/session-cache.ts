import type { SessionEndedEvent } from '../../graphql/pubsub';
import type { AuthenticatedUser } from './authenticated-user';

const MAX_ENTRIES = 10_000;

/**
 * This instance's recent session lookups. Every request checks its session; a dashboard's
 * requests come in bursts, so one lookup per session per `ttlMs` (a second by default) serves
 * them all. Logout and disabling evict at once here and, through the session-ended events every
 * instance hears, on the others; anything else (a changed department, a lost event) is seen
 * within `ttlMs`.
 * Expiry is still checked against the server clock on every hit.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: AuthenticatedUser; until: number }>();
  /** Bumped by every end, so a lookup that raced with one is not stored. */
  private ends = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly monotonicMs: () => number = () => performance.now(),
  ) {}

  get(tokenHash: string, now: Date): AuthenticatedUser | null {
    const hit = this.entries.get(tokenHash);
    if (!hit) return null;
    if (hit.until <= this.monotonicMs() || hit.user.sessionExpiresAt <= now) {
      this.entries.delete(tokenHash);
      return null;
    }
    return hit.user;
  }

  /** Call before reading the database; hand the result to `put`. */
  mark(): number {
    return this.ends;
  }

  /** Stores a lookup, unless a session ended while it was being read (it might be that one). */
  put(user: AuthenticatedUser, mark: number): void {
    if (mark !== this.ends || this.ttlMs <= 0) return;
    // A flood of distinct tokens cannot grow the map without bound; old entries are only a saving.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(user.sessionTokenHash, { user, until: this.monotonicMs() + this.ttlMs });
  }

  /** A session or user ended (here or on another instance): forget it now. */
  end(event: SessionEndedEvent): void {
    this.ends++;
    if ('sessionTokenHash' in event) {
      this.entries.delete(event.sessionTokenHash);
      return;
    }
    for (const [hash, { user }] of this.entries) if (user.id === event.userId) this.entries.delete(hash);
  }
}
