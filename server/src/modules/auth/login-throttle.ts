import type { DataSource, EntityManager } from 'typeorm';
import { BerthError } from '@berth/domain';
import { throttledAddressOf } from './client-address';
import { throttleKeyHash, type LoginThrottleRepository } from './login-throttle.repository';

export interface LoginThrottleLimits {
  /** Failed sign-ins per account (normalised email) in a window before it is refused. */
  failuresPerAccount: number;
  /** Failed sign-ins per client address in a window: looser, so one office NAT is not locked out by one person. */
  failuresPerAddress: number;
  windowMinutes: number;
}

interface CountedKey {
  keyHash: string;
  windowStartedAt: Date;
}

/** An attempt let through, already counted as a failure until it succeeds. */
export interface AdmittedLogin {
  account: CountedKey;
  address: CountedKey;
}

/** Thrown inside the counting transaction to roll back the counts of an attempt refused on one key. */
class Refused extends Error {}

/**
 * Failed sign-ins per account and per client address, in PostgreSQL so every instance sees
 * the same counts. An attempt is counted before its password is checked: a burst of
 * concurrent guesses cannot all pass before the first failure is written. While a key is at
 * its limit every attempt is refused, the right password too, until its window ends.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly counts: LoginThrottleRepository,
    private readonly limits: LoginThrottleLimits,
  ) {}

  private get windowMs(): number {
    return this.limits.windowMinutes * 60_000;
  }

  /** Counts the attempt against both keys, or refuses it with LOGIN_THROTTLED and `retryAt`. */
  async admit(normalisedEmail: string, clientAddress: string, now: Date): Promise<AdmittedLogin> {
    const keys = [
      { role: 'account' as const, keyHash: throttleKeyHash(`account:${normalisedEmail}`), limit: this.limits.failuresPerAccount },
      { role: 'address' as const, keyHash: throttleKeyHash(`address:${throttledAddressOf(clientAddress)}`), limit: this.limits.failuresPerAddress },
    ].sort((a, b) => (a.keyHash < b.keyHash ? -1 : 1)); // one lock order for every attempt
    try {
      return await this.dataSource.transaction(async (tx) => {
        const counted: Partial<AdmittedLogin> = {};
        for (const key of keys) {
          const windowStartedAt = await this.counts.count(tx, key.keyHash, key.limit, now, this.windowMs);
          if (!windowStartedAt) throw new Refused();
          counted[key.role] = { keyHash: key.keyHash, windowStartedAt };
        }
        return counted as AdmittedLogin;
      });
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
    }
    // A window may have ended in between: then the client may simply try again now.
    const retryAt = (await this.counts.fullUntil(this.dataSource.manager, keys, now, this.windowMs)) ?? now;
    throw new BerthError('LOGIN_THROTTLED', undefined, [], { retryAt: retryAt.toISOString() });
  }

  /**
   * The password was right: the account starts afresh. The address only gets this attempt
   * back (its count is not cleared, or signing in to one's own account would wipe the
   * failures of guessing at others'). Runs in the caller's transaction, keys in lock order.
   */
  async succeeded(tx: EntityManager, login: AdmittedLogin): Promise<void> {
    const steps = [
      { keyHash: login.account.keyHash, run: () => this.counts.forget(tx, login.account.keyHash) },
      { keyHash: login.address.keyHash, run: () => this.counts.uncount(tx, login.address.keyHash, login.address.windowStartedAt) },
    ].sort((a, b) => (a.keyHash < b.keyHash ? -1 : 1));
    for (const step of steps) await step.run();
  }

  /** The attempt stays counted. Long-ended windows are cleared a few at a time, so the table holds only live ones. */
  async failed(now: Date): Promise<void> {
    await this.counts.dropExpired(this.dataSource.manager, new Date(now.getTime() - this.windowMs), 100);
  }
}
