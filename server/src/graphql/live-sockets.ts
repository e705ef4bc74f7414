/**
 * Open WebSocket connections by session and by user, so that signing out or disabling a user
 * ends their live subscriptions at once instead of when the socket happens to drop.
 */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

export const SESSION_ENDED_CLOSE_CODE = 4401;

export class LiveSockets {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly sessionsByUser = new Map<number, Set<string>>();

  add(userId: number, sessionTokenHash: string, socket: ClosableSocket): () => void {
    const sockets = this.bySession.get(sessionTokenHash) ?? new Set();
    sockets.add(socket);
    this.bySession.set(sessionTokenHash, sockets);
    const sessions = this.sessionsByUser.get(userId) ?? new Set();
    sessions.add(sessionTokenHash);
    this.sessionsByUser.set(userId, sessions);
    return () => {
      sockets.delete(socket);
      if (!sockets.size) {
        this.bySession.delete(sessionTokenHash);
        sessions.delete(sessionTokenHash);
        if (!sessions.size) this.sessionsByUser.delete(userId);
      }
    };
  }

  closeSession(sessionTokenHash: string): void {
    for (const socket of [...(this.bySession.get(sessionTokenHash) ?? [])]) {
      socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    }
  }

  closeUser(userId: number): void {
    for (const session of [...(this.sessionsByUser.get(userId) ?? [])]) this.closeSession(session);
  }
}
