import type { CustomerNews } from '../customers/customer-news';
import type { DataSource } from 'typeorm';
import { BerthError, fieldProblem, resolveLocale } from '@berth/domain';
import type { Clock } from '../../clock';
import type { SessionEnds } from '../../graphql/session-ends';
import { UserEntity } from '../org/user.entity';
import { SessionEntity } from './session.entity';
import type { AuthenticatedUser } from './authenticated-user';
import type { SessionCache } from './session-cache';
import type { LoginThrottle } from './login-throttle';
import { decoyPasswordHash, verifyPassword } from './password';
import { hashSessionToken, newSessionToken } from './session-token';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  userId: number;
}

const DAY_MS = 86_400_000;

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessionDays: number,
    private readonly sessionEnds: Pick<SessionEnds, 'announce'>,
    private readonly sessions: SessionCache,
    private readonly throttle: LoginThrottle,
    private readonly news: Pick<CustomerNews, 'toEachOwner'>,
  ) {}

  /**
   * Wrong password, unknown email and disabled account all get the same answer, and count the
   * same against the throttle (so it reveals nothing about which emails exist).
   */
  async login(email: string, password: string, clientAddress: string): Promise<IssuedSession> {
    const normalisedEmail = email.trim().toLowerCase();
    const now = this.clock.now();
    const admitted = await this.throttle.admit(normalisedEmail, clientAddress, now);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalisedEmail })
      .getOne();
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !passwordOk || user.disabled) {
      await this.throttle.failed(now);
      throw new BerthError('INVALID_CREDENTIALS');
    }

    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.sessionDays * DAY_MS);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(SessionEntity).insert({
        tokenHash: hashSessionToken(token),
        userId: user.id,
        createdAt: now,
        expiresAt,
        revokedAt: null,
      });
      await this.throttle.succeeded(tx, admitted);
    });
    return { token, expiresAt, userId: user.id };
  }

  /** The user behind a token, or null when the token is unknown, expired, revoked or its user disabled. */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    const tokenHash = hashSessionToken(token);
    const now = this.clock.now();
    const cached = this.sessions.get(tokenHash, now);
    if (cached) return cached;
    const mark = this.sessions.mark();
    const rows: Array<Omit<AuthenticatedUser, 'sessionTokenHash'>> = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.role, u.department_id AS "departmentId", d.path AS "departmentPath",
              s.expires_at AS "sessionExpiresAt"
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT u.disabled`,
      [tokenHash, now],
    );
    if (!rows[0]) return null;
    const user = { ...rows[0], sessionTokenHash: tokenHash };
    this.sessions.put(user, mark);
    return user;
  }

  /** Ends the session here and its live sockets on every instance. */
  async logout(tokenHash: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [
      tokenHash,
      this.clock.now(),
    ]);
    this.sessionEnds.announce({ sessionTokenHash: tokenHash });
  }

  /**
   * Disabling a user also ends every session they hold, so old tokens stop working at once,
   * and their live sockets close on every instance. The managers over them hear it live (their
   * Team pages show the change without a reload); none of the user's customers moves.
   */
  async setUserDisabled(userId: number, disabled: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const result = await tx.getRepository(UserEntity).update({ id: userId }, { disabled });
      if (!result.affected) throw new BerthError('NOT_FOUND', 'No such user.');
      if (disabled) {
        await tx.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, this.clock.now()]);
      }
    });
    if (disabled) this.sessionEnds.announce({ userId });
    await this.news.toEachOwner('PERSON_CHANGED', new Map([[userId, []]]));
  }

  async setAllClashAlerts(userId: number, enabled: boolean): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { allClashAlerts: enabled });
  }

  /** Remembers the user's dashboard language; anything Berth does not speak falls back to English. */
  async setLocale(userId: number, requested: string): Promise<void> {
    if (requested.length > LOCALE_MAX_LENGTH) throw BerthError.badInput([fieldProblem('locale', 'TOO_LONG', { max: LOCALE_MAX_LENGTH })]);
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { locale: resolveLocale(requested) });
  }
}

// The longest BCP 47 tag worth reading ("zh-Hans-CN-u-nu-hanidec" is 23).
const LOCALE_MAX_LENGTH = 35;
