import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { distinctiveNameOf, duplicateKeysOf, type DuplicateKeys, type DuplicateKeySource, type Viewer } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import type { ClashService } from './clash.service';
import type { DuplicateCheckService } from './duplicate-check.service';
import { DuplicateRefusal } from './duplicate-check.service';
import type { DuplicateCheckResultView } from './duplicate-result';
import type { MatchKeyRepository } from './match-key.repository';
import type { SettingsRepository } from '../settings/settings.repository';

/**
 * Bump when normalizeCompanyName, distinctiveNameOf, their word lists, or phone/email/domain
 * normalisation change: every customer's stored keys are then recomputed at the next start.
 */
export const MATCH_KEYS_VERSION = 1;
const KEYS_VERSION_SETTING = 'match-keys-version';

/** The customer fields a save is judged on (contacts are stored as keys but do not block a save). */
export function ownKeySource(c: Pick<CustomerEntity, 'companyName' | 'website' | 'email' | 'phone'>): DuplicateKeySource {
  return { companyName: c.companyName, website: c.website, email: c.email, phone: c.phone };
}

/**
 * What customer writes use of duplicate checking: judge inside the transaction, keep the stored
 * keys in step, and record clashes — refused ones after the rollback, warned ones after commit.
 */
export class DuplicateGate {
  constructor(
    private readonly checks: DuplicateCheckService,
    private readonly keys: MatchKeyRepository,
    private readonly clashes: ClashService,
    private readonly phoneRegion: string,
  ) {}

  keysOf(source: DuplicateKeySource): DuplicateKeys {
    return this.checks.keysOf(source);
  }

  admit(manager: EntityManager, viewer: Viewer, keys: DuplicateKeys, opts: { excludeCustomerId: number | null; acknowledged: boolean }) {
    return this.checks.guard(manager, viewer, keys, opts);
  }

  /** Runs a guarded write and records the clash it caused, if any. */
  async recording<T>(viewer: Viewer, attemptedName: string, write: () => Promise<{ value: T; duplicates: DuplicateCheckResultView | null }>): Promise<T> {
    let outcome;
    try {
      outcome = await write();
    } catch (error) {
      if (error instanceof DuplicateRefusal) await this.clashes.record(viewer, attemptedName, error.result);
      throw error;
    }
    if (outcome.duplicates?.verdict === 'WARN') await this.clashes.record(viewer, attemptedName, outcome.duplicates);
    return outcome.value;
  }

  /** Rewrites a customer's stored keys from its fields and its contacts (every write path calls this). */
  async refreshKeys(manager: EntityManager, customer: CustomerEntity): Promise<void> {
    const contacts: { phones: string[]; emails: string[] }[] = await manager.query('SELECT phones, emails FROM contacts WHERE customer_id = $1', [
      customer.id,
    ]);
    const keys = duplicateKeysOf({ ...ownKeySource(customer), contacts }, { defaultRegion: this.phoneRegion });
    const core = distinctiveNameOf(keys.name);
    await manager.query('UPDATE customers SET name_key = $2, name_core = $3 WHERE id = $1 AND (name_key, name_core) IS DISTINCT FROM ($2, $3)', [
      customer.id,
      keys.name,
      core,
    ]);
    customer.nameKey = keys.name;
    customer.nameCore = core;
    await this.keys.replaceKeys(manager, customer.id, keys);
  }

  /**
   * Keeps stored keys in step with the code that computes them. Keys written before duplicate
   * checks existed have an empty name key; keys written by an older normaliser or word list
   * (MATCH_KEYS_VERSION below the current one) are stale. Both are recomputed at start-up, in
   * batches walked by id; once everything is current this costs two small queries.
   */
  async refreshStaleKeys(dataSource: DataSource, settings: SettingsRepository, now: Date): Promise<number> {
    const stored = await settings.get<number>(KEYS_VERSION_SETTING);
    const everything = stored !== MATCH_KEYS_VERSION;
    let lastId = 0;
    let done = 0;
    for (;;) {
      const batch = await dataSource
        .getRepository(CustomerEntity)
        .find({ where: { ...(everything ? {} : { nameKey: '' }), id: MoreThan(lastId) }, order: { id: 'ASC' }, take: 500 });
      if (!batch.length) break;
      await dataSource.transaction(async (m) => {
        for (const customer of batch) await this.refreshKeys(m, customer);
      });
      lastId = batch[batch.length - 1].id;
      done += batch.length;
    }
    if (everything) await dataSource.transaction((m) => settings.put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
    return done;
  }
}
