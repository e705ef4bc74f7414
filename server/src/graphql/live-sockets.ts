import type { SessionEndedEvent } from './pubsub';

/**
 * This instance's open WebSocket connections by session and by user, so that signing out,
 * disabling a user or a session's expiry ends their live subscriptions at once instead of when
 * the socket happens to drop. Sessions ended on other instances arrive as SessionEndedEvents.
 */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

export const SESSION_ENDED_CLOSE_CODE = 4401;


export interface LiveSession {
  userId: number;
  sessionTokenHash: string;
  expiresAt: Date;
}

interface Entry extends LiveSession {
  sockets: Set<ClosableSocket>;
}

export class LiveSockets {
  private readonly bySession = new Map<string, Entry>();
  private readonly sessionsByUser = new Map<number, Set<string>>();
  private endsHeard = 0;

  /**
   * How many session ends this instance has heard. A socket whose session was checked while
   * this moved may have missed its own end (checked before it, registered after): it checks again.
   */
  get endings(): number {
    return this.endsHeard;
  }

  add(session: LiveSession, socket: ClosableSocket): () => void {
    const { sessionTokenHash, userId } = session;
    const entry = this.bySession.get(sessionTokenHash) ?? { ...session, sockets: new Set<ClosableSocket>() };
    entry.sockets.add(socket);
    this.bySession.set(sessionTokenHash, entry);
    const sessions = this.sessionsByUser.get(userId) ?? new Set();
    sessions.add(sessionTokenHash);
    this.sessionsByUser.set(userId, sessions);
    return () => {
      entry.sockets.delete(socket);
      if (entry.sockets.size || this.bySession.get(sessionTokenHash) !== entry) return;
      this.bySession.delete(sessionTokenHash);
      sessions.delete(sessionTokenHash);
      if (!sessions.size) this.sessionsByUser.delete(userId);
    };
  }

  end(event: SessionEndedEvent): void {
    this.endsHeard++;
    if ('userId' in event) this.closeUser(event.userId);
    else this.closeSession(event.sessionTokenHash);
  }

  closeSession(sessionTokenHash: string, reason = 'Session ended'): void {
    for (const socket of [...(this.bySession.get(sessionTokenHash)?.sockets ?? [])]) socket.close(SESSION_ENDED_CLOSE_CODE, reason);
  }

  closeUser(userId: number): void {
    for (const session of [...(this.sessionsByUser.get(userId) ?? [])]) this.closeSession(session);
  }

  /** Closes the sockets of sessions whose expiry is at or before `now` (the server clock's). */
  closeExpired(now: Date): void {
    for (const entry of [...this.bySession.values()]) {
      if (entry.expiresAt.getTime() <= now.getTime()) this.closeSession(entry.sessionTokenHash, 'Session expired');
    }
  }
}
