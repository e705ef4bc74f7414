import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  actionFor,
  distinctiveNameOf,
  distinctiveWordsOf,
  withoutCommonWords,
  cleanText,
  validateContactFields,
  validateCustomerFields,
  duplicateKeysOf,
  overallVerdict,
  validateDuplicateKeys,
  verdictOf,
  type DuplicateKeySource,
  type DuplicateKeys,
  type DuplicateRules,
  type MatchEvidence,
  type Viewer,
} from '@berth/domain';
import type { ClashRepository } from './clash.repository';
import type { DuplicateRulesService } from './duplicate-rules.service';
import type { MatchKeyRepository } from './match-key.repository';
import type { NameWordCountRepository } from './name-word-count.repository';
import { duplicatesJson, type DuplicateCheckResultView, type DuplicateMatchView } from './duplicate-result';
import { revealMatches } from './reveal';

/** A refused save: BerthError for the client, plus the full result for recording the clash. */
export class DuplicateRefusal extends BerthError {
  constructor(
    code: 'DUPLICATE_CUSTOMER' | 'DUPLICATE_NEEDS_ACKNOWLEDGEMENT',
    message: string,
    readonly result: DuplicateCheckResultView,
  ) {
    super(code, message, [], { duplicates: duplicatesJson(result) });
  }
}

const MAX_MATCHES = 10;

/** Normalises, looks up and judges: the one duplicate check behind the query and every save. */
export class DuplicateCheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: MatchKeyRepository,
    private readonly clashes: ClashRepository,
    private readonly rules: DuplicateRulesService,
    private readonly words: NameWordCountRepository,
    private readonly phoneRegion: string,
  ) {}

  keysOf(source: DuplicateKeySource): DuplicateKeys {
    const keys = duplicateKeysOf(source, { defaultRegion: this.phoneRegion });
    const problems = validateDuplicateKeys(keys, source);
    if (problems.length) throw BerthError.badInput(problems);
    return keys;
  }

  /** For the form as the user types: read-only, no locks. Inputs are held to the same rules as a save. */
  check(viewer: Viewer, source: DuplicateKeySource, excludeCustomerId: number | null): Promise<DuplicateCheckResultView> {
    const own = { companyName: cleanText(source.companyName), website: cleanText(source.website), email: cleanText(source.email), phone: cleanText(source.phone) };
    const problems = [
      ...validateCustomerFields(own, { requireName: false }),
      ...(source.contacts ?? []).flatMap((c, i) =>
        validateContactFields(c, { requireName: false, today: '9999-12-31' }).map((p) => ({ ...p, field: `contacts.${i}.${p.field}` })),
      ),
    ];
    if (problems.length) throw BerthError.badInput(problems);
    const keys = this.keysOf(source);
    return this.dataSource.transaction((m) => this.judge(viewer, keys, excludeCustomerId, m));
  }

  /**
   * For saves, inside the writing transaction: locks the keys (so a concurrent save of the same
   * company waits and then sees this one), judges, and refuses a BLOCK or an unacknowledged WARN.
   */
  async guard(manager: EntityManager, viewer: Viewer, keys: DuplicateKeys, opts: { excludeCustomerId: number | null; acknowledged: boolean }) {
    await this.keys.lockKeys(manager, keys);
    const result = await this.judge(viewer, keys, opts.excludeCustomerId, manager);
    const first = result.matches[0];
    if (result.verdict === 'BLOCK') {
      throw new DuplicateRefusal('DUPLICATE_CUSTOMER', `Already in Berth: ${describe(first)}.`, result);
    }
    if (result.verdict === 'WARN' && !opts.acknowledged) {
      throw new DuplicateRefusal('DUPLICATE_NEEDS_ACKNOWLEDGEMENT', `This may be ${describe(first)}: confirm it is a different company.`, result);
    }
    return result;
  }

  /** What a save of these keys would meet, without locks or a refusal: an import's pre-check of each row. */
  assess(manager: EntityManager, viewer: Viewer, keys: DuplicateKeys): Promise<DuplicateCheckResultView> {
    return this.judge(viewer, keys, null, manager);
  }

  private async judge(viewer: Viewer, keys: DuplicateKeys, excludeCustomerId: number | null, manager: EntityManager): Promise<DuplicateCheckResultView> {
    const rules = await this.rules.current(manager);
    const evidence = await this.collectEvidence(keys, rules, excludeCustomerId, manager);
    const judged = [...evidence].flatMap(([customerId, items]) => {
      const acted = items.flatMap((e) => {
        const action = actionFor(e, rules);
        return action ? [{ ...e, action }] : [];
      });
      const verdict = verdictOf(acted, rules);
      return verdict === 'CLEAR' ? [] : [{ customerId, verdict, evidence: acted }];
    });
    judged.sort((a, b) => rank(b.verdict) - rank(a.verdict) || bestScore(b.evidence) - bestScore(a.evidence) || a.customerId - b.customerId);
    const top = judged.slice(0, MAX_MATCHES);
    const matches = revealMatches(viewer, top, await this.clashes.reveal(top.map((j) => j.customerId), manager));
    return { verdict: overallVerdict(matches.map((m) => m.verdict)), matches };
  }

  private async collectEvidence(keys: DuplicateKeys, rules: DuplicateRules, excludeCustomerId: number | null, manager: EntityManager) {
    const byCustomer = new Map<number, MatchEvidence[]>();
    const add = (customerId: number, e: MatchEvidence) => byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), e]);
    for (const hit of await this.keys.exactHits(keys, excludeCustomerId, manager)) {
      add(hit.customerId, { dimension: hit.dimension, method: 'EXACT', inputValue: hit.key, existingValue: hit.key, score: 1 });
    }
    const similarOn = rules.rules.some((r) => r.dimension === 'NAME' && r.method === 'SIMILAR' && r.enabled);
    if (similarOn) {
      const distinctive = distinctiveNameOf(keys.name);
      const common = await this.words.commonAmong(manager, distinctiveWordsOf(distinctive));
      const searched = withoutCommonWords(distinctive, (w) => common.has(w));
      for (const hit of await this.keys.similarNames(keys.name, searched, rules.similarNameThreshold, excludeCustomerId, manager)) {
        add(hit.customerId, { dimension: 'NAME', method: 'SIMILAR', inputValue: keys.name, existingValue: hit.nameKey, score: hit.score });
      }
    }
    return byCustomer;
  }
}

function rank(verdict: string): number {
  return verdict === 'BLOCK' ? 2 : verdict === 'WARN' ? 1 : 0;
}

function bestScore(evidence: { score: number }[]): number {
  return Math.max(...evidence.map((e) => e.score));
}

function describe(match: DuplicateMatchView): string {
  const { companyName, owner } = match.customer;
  if (!owner) return `${companyName} (in the public pool)`;
  return `${companyName} (owned by ${owner.name}${owner.departmentName ? `, ${owner.departmentName}` : ''})`;
}
