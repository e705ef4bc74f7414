import type { DataSource, EntityManager } from 'typeorm';
import {
  COMMON_WORD_MIN_CUSTOMERS,
  distinctiveNameOf,
  distinctiveWordsOf,
  duplicateKeysOf,
  normalizeCompanyName,
  withoutCommonWords,
  type CustomerAlias,
  type DuplicateKeys, type DuplicateKeySource, type Viewer } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import type { CustomerAliasRepository, KeyedAlias } from '../customers/customer-alias.repository';
import type { ClashService } from './clash.service';
import type { DuplicateCheckService } from './duplicate-check.service';
import { DuplicateRefusal } from './duplicate-check.service';
import type { DuplicateCheckResultView } from './duplicate-result';
import type { MatchKeyRepository } from './match-key.repository';
import type { NameWordCountRepository } from './name-word-count.repository';
import type { SettingsRepository } from '../settings/settings.repository';

/**
 * Bump when normalizeCompanyName, distinctiveNameOf, their word lists, or phone/email/domain
 * normalisation change: every customer's stored keys are then recomputed at the next start.
 */
export const MATCH_KEYS_VERSION = 4;
export const KEYS_VERSION_SETTING = 'match-keys-version';

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
    private readonly words: NameWordCountRepository,
    private readonly aliases: CustomerAliasRepository,
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

  /**
   * Rewrites a customer's stored keys from its fields, its aliases and its contacts (every write
   * path calls this). `previousNameKey` is the name key stored before this write ('' for a new
   * customer): the per-word counts move from its words to the new ones, and a word that just became
   * common leaves every stored distinctive name. `aliases` replaces the stored ones when given.
   */
  async refreshKeys(manager: EntityManager, customer: CustomerEntity, opts: { previousNameKey?: string; aliases?: readonly CustomerAlias[] } = {}): Promise<void> {
    const previousNameKey = opts.previousNameKey ?? customer.nameKey;
    const contacts: { phones: string[]; emails: string[] }[] = await manager.query('SELECT phones, emails FROM contacts WHERE customer_id = $1', [
      customer.id,
    ]);
    const aliases = opts.aliases ?? (await this.aliases.namesOf(manager, customer.id));
    const keys = duplicateKeysOf({ ...ownKeySource(customer), contacts }, { defaultRegion: this.phoneRegion });
    const words = distinctiveWordsOf(distinctiveNameOf(keys.name));
    if (previousNameKey !== keys.name) {
      const before = previousNameKey ? distinctiveWordsOf(distinctiveNameOf(previousNameKey)) : [];
      const nowCommon = await this.words.adjust(manager, before.filter((w) => !words.includes(w)), words.filter((w) => !before.includes(w)));
      for (const word of nowCommon) await this.words.removeFromCores(manager, word);
    }
    const common = await this.words.commonAmong(manager, [...words, ...wordsOfNames(aliases.map((a) => a.name))]);
    await this.storeKeys(manager, customer, keys, common);
    // A customer without aliases, before or now, has none to rewrite.
    if (opts.aliases || aliases.length) await this.storeAliases(manager, customer.id, aliases, common);
  }

  /**
   * The first keys of customers about to be opened (their aliases and contacts given), for any
   * number at once, before their rows are written, so each row is written once with its name key
   * and distinctive name: the word counts move by all their words in one statement (a word that
   * just became common leaves the stored distinctive names). Their match keys and aliases follow
   * with storeNewKeys once they have ids.
   */
  async newKeys(
    manager: EntityManager,
    items: readonly { fields: Pick<CustomerEntity, 'companyName' | 'website' | 'email' | 'phone'> & { aliases?: readonly CustomerAlias[] }; contacts: readonly { phones: string[]; emails: string[] }[] }[],
  ): Promise<NewKeys[]> {
    if (!items.length) return [];
    const keyed = items.map(({ fields, contacts }) => duplicateKeysOf({ ...ownKeySource(fields), contacts: [...contacts] }, { defaultRegion: this.phoneRegion }));
    const wordsOf = keyed.map((keys) => [...new Set(distinctiveWordsOf(distinctiveNameOf(keys.name)))]);
    const nowCommon = await this.words.adjust(manager, [], wordsOf.flat());
    for (const word of nowCommon) await this.words.removeFromCores(manager, word);
    const aliasWords = wordsOfNames(items.flatMap(({ fields }) => (fields.aliases ?? []).map((a) => a.name)));
    const common = await this.words.commonAmong(manager, [...new Set([...wordsOf.flat(), ...aliasWords])]);
    return keyed.map((keys, i) => ({
      keys,
      nameKey: keys.name,
      nameCore: withoutCommonWords(distinctiveNameOf(keys.name), (w) => common.has(w)),
      aliases: keyedAliases(items[i].fields.aliases ?? [], common),
    }));
  }

  /** The match keys and aliases of customers just opened with `newKeys`' names, in one statement each. */
  async storeNewKeys(manager: EntityManager, items: readonly { customerId: number; keys: NewKeys }[]): Promise<void> {
    await this.keys.insertKeys(manager, items.map(({ customerId, keys }) => ({ customerId, keys: keys.keys })));
    await this.aliases.replace(manager, items.filter(({ keys }) => keys.aliases.length).map(({ customerId, keys }) => ({ customerId, aliases: keys.aliases })));
  }

  /**
   * Takes a customer about to be removed out of the word counts (its match keys go with its row).
   * Without it, the counts that decide which words are common would keep counting it for ever.
   */
  async forgetKeys(manager: EntityManager, nameKey: string): Promise<void> {
    if (nameKey) await this.words.adjust(manager, distinctiveWordsOf(distinctiveNameOf(nameKey)), []);
  }

  /** A customer's aliases in place of its stored ones, keyed against `common` as its name is. */
  private storeAliases(manager: EntityManager, customerId: number, aliases: readonly CustomerAlias[], common: ReadonlySet<string>): Promise<void> {
    return this.aliases.replace(manager, [{ customerId, aliases: keyedAliases(aliases, common) }]);
  }

  private async storeKeys(manager: EntityManager, customer: CustomerEntity, keys: DuplicateKeys, common: Set<string>): Promise<void> {
    const core = withoutCommonWords(distinctiveNameOf(keys.name), (w) => common.has(w));
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
   * (MATCH_KEYS_VERSION below the current one) are stale: then every key and word count is
   * rebuilt. Runs at start-up; once everything is current it costs two small queries.
   */
  async refreshStaleKeys(dataSource: DataSource, settings: SettingsRepository, now: Date): Promise<number> {
    const stored = await settings.get<number>(KEYS_VERSION_SETTING);
    if (stored !== MATCH_KEYS_VERSION) {
      const done = await this.rebuildAllKeys(dataSource);
      await dataSource.transaction((m) => settings.put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
      return done;
    }
    let done = 0;
    await this.eachBatch(dataSource, { withoutKeys: true }, async (m, customer) => {
      await this.refreshKeys(m, customer, { previousNameKey: '' });
      done++;
    });
    return done;
  }

  /** Recounts every word from scratch, then rewrites every customer's keys against the new counts. */
  private async rebuildAllKeys(dataSource: DataSource): Promise<number> {
    const counts = new Map<string, number>();
    await this.eachBatch(dataSource, { withoutKeys: false }, async (_m, customer) => {
      for (const w of distinctiveWordsOf(distinctiveNameOf(normalizeCompanyName(customer.companyName)))) counts.set(w, (counts.get(w) ?? 0) + 1);
    });
    await dataSource.transaction((m) => this.words.replaceAll(m, counts));
    const common = new Set([...counts].filter(([, n]) => n >= COMMON_WORD_MIN_CUSTOMERS).map(([w]) => w));
    let done = 0;
    await this.eachBatch(dataSource, { withoutKeys: false }, async (m, customer) => {
      const contacts: { phones: string[]; emails: string[] }[] = await m.query('SELECT phones, emails FROM contacts WHERE customer_id = $1', [customer.id]);
      await this.storeKeys(m, customer, duplicateKeysOf({ ...ownKeySource(customer), contacts }, { defaultRegion: this.phoneRegion }), common);
      const aliases = await this.aliases.namesOf(m, customer.id);
      if (aliases.length) await this.storeAliases(m, customer.id, aliases, common);
      done++;
    });
    return done;
  }

  /** Visits customers (all, or those without keys yet) in id order, 500 per transaction. */
  private async eachBatch(dataSource: DataSource, which: { withoutKeys: boolean }, visit: (m: EntityManager, c: CustomerEntity) => Promise<void>) {
    let lastId = 0;
    for (;;) {
      const batch = await this.keys.customersAfter(lastId, which, 500);
      if (!batch.length) return;
      await dataSource.transaction(async (m) => {
        for (const customer of batch) await visit(m, customer);
      });
      lastId = batch[batch.length - 1].id;
    }
  }
}

/** A new customer's keys: its match keys, its name key and distinctive name, and its aliases keyed alike. */
export interface NewKeys {
  keys: DuplicateKeys;
  nameKey: string;
  nameCore: string;
  aliases: KeyedAlias[];
}

/** Each alias with its name key and distinctive name, as a customer's own name is keyed. */
function keyedAliases(aliases: readonly CustomerAlias[], common: ReadonlySet<string>): KeyedAlias[] {
  return aliases.map(({ kind, name }) => {
    const nameKey = normalizeCompanyName(name);
    return { kind, name, nameKey, nameCore: withoutCommonWords(distinctiveNameOf(nameKey), (w) => common.has(w)) };
  });
}

function wordsOfNames(names: readonly string[]): string[] {
  return names.flatMap((n) => distinctiveWordsOf(distinctiveNameOf(normalizeCompanyName(n))));
}
