import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  actionFor,
  distinctiveNameOf,
  distinctiveWordsOf,
  withoutCommonWords,
  cleanText,
  validateContactFields,
  validateAliases,
  validateCustomerFields,
  duplicateKeysOf,
  overallVerdict,
  pairedWords,
  validateDuplicateKeys,
  verdictOf,
  withDemotions,
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
import { customersMatchedByName, demotionFactsOf } from './demotion-facts';
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
/** How far before the pre-check's start an import's write looks again: a save committing as the check began carries its own, earlier clock. */
const RECHECK_MARGIN_MS = 5 * 60_000;
/** Most customers changed since an import's check that its write compares with its rows one by one. */
const CHANGED_DIRECTLY_AT_MOST = 20_000;

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
    const aliases = (source.aliases ?? []).flatMap((a) => cleanText(a) ?? []);
    const problems = [
      ...validateCustomerFields(own, { requireName: false }),
      // As the user types: blanks are left out, and an alias the same as the name finds what the name finds.
      ...validateAliases(aliases.map((name) => ({ kind: 'BRAND', name })), null).filter((p) => p.rule === 'TOO_MANY' || p.rule === 'TOO_LONG'),
      ...(source.contacts ?? []).flatMap((c, i) =>
        validateContactFields(c, { requireName: false, today: '9999-12-31' }).map((p) => ({ ...p, field: `contacts.${i}.${p.field}` })),
      ),
    ];
    if (problems.length) throw BerthError.badInput(problems);
    const keys = this.keysOf({ ...source, aliases });
    return this.dataSource.transaction((m) => this.judge(viewer, keys, excludeCustomerId, m));
  }

  /**
   * For saves, inside the writing transaction: locks the keys (so a concurrent save of the same
   * company waits and then sees this one), judges, and refuses a BLOCK or an unacknowledged WARN.
   */
  async guard(manager: EntityManager, viewer: Viewer, keys: DuplicateKeys, opts: { excludeCustomerId: number | null; acknowledged: boolean }) {
    await this.keys.lockKeys(manager, [keys]);
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

  /** What saves of these keys would meet, without locks or a refusal, by input: an import's pre-check of a chunk of rows. */
  assessMany(manager: EntityManager, viewer: Viewer, inputs: readonly DuplicateKeys[]): Promise<DuplicateCheckResultView[]> {
    return this.judgeMany(viewer, inputs, null, manager);
  }

  /**
   * An import's write, for its new rows: the rows' keys locked as a save locks them, then each row
   * judged again against every exact key and against the names of the customers changed since
   * the pre-check began (`since`, less a margin for saves that were committing then) other than the
   * import's own. Everything else was judged by the pre-check, and similar rows of the same file
   * were grouped by it, so a row that still judges CLEAR here is what a save would let through.
   */
  async recheckImported(manager: EntityManager, viewer: Viewer, inputs: readonly DuplicateKeys[], scope: { since: Date; importJobId: number }): Promise<DuplicateCheckResultView[]> {
    await this.keys.lockKeys(manager, inputs);
    return this.judgeMany(viewer, inputs, null, manager, { since: new Date(scope.since.getTime() - RECHECK_MARGIN_MS), notFromImport: scope.importJobId });
  }

  private async judge(viewer: Viewer, keys: DuplicateKeys, excludeCustomerId: number | null, manager: EntityManager): Promise<DuplicateCheckResultView> {
    const [result] = await this.judgeMany(viewer, [keys], excludeCustomerId, manager);
    return result;
  }

  /**
   * The judgement of each input, in a fixed number of statements whatever their count: the rules,
   * every exact key, the common words, the similar names (one index scan per input inside one
   * statement), the phones of the customers matched by name, and what the viewer may see of the
   * customers found. A blocking match that other facts disagree with only warns (withDemotions).
   */
  private async judgeMany(
    viewer: Viewer,
    inputs: readonly DuplicateKeys[],
    excludeCustomerId: number | null,
    manager: EntityManager,
    changedOnly?: { since: Date; notFromImport: number },
  ): Promise<DuplicateCheckResultView[]> {
    if (!inputs.length) return [];
    const rules = await this.rules.current(manager);
    const { evidence, facts } = await this.collectEvidence(inputs, rules, excludeCustomerId, manager, changedOnly);
    const judgedByInput = evidence.map((byCustomer, input) => {
      const judged = [...byCustomer].flatMap(([customerId, items]) => {
        const acted = withDemotions(items, facts(input, customerId), rules).flatMap((e) => {
          const action = actionFor(e, rules);
          return action ? [{ ...e, action }] : [];
        });
        const verdict = verdictOf(acted, rules);
        return verdict === 'CLEAR' ? [] : [{ customerId, verdict, evidence: acted }];
      });
      judged.sort((a, b) => rank(b.verdict) - rank(a.verdict) || bestScore(b.evidence) - bestScore(a.evidence) || a.customerId - b.customerId);
      return judged.slice(0, MAX_MATCHES);
    });
    const shown = [...new Set(judgedByInput.flatMap((top) => top.map((j) => j.customerId)))];
    const reveal = shown.length ? await this.clashes.reveal(shown, manager) : [];
    return judgedByInput.map((top) => {
      const matches = revealMatches(viewer, top, reveal);
      return { verdict: overallVerdict(matches.map((m) => m.verdict)), matches };
    });
  }

  /** Each input's evidence by customer, and the facts its demotions weigh. */
  private async collectEvidence(
    inputs: readonly DuplicateKeys[],
    rules: DuplicateRules,
    excludeCustomerId: number | null,
    manager: EntityManager,
    changedOnly?: { since: Date; notFromImport: number },
  ) {
    const byInput = inputs.map(() => new Map<number, MatchEvidence[]>());
    const add = (input: number, customerId: number, e: MatchEvidence) => {
      const byCustomer = byInput[input];
      byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), e]);
    };
    const exact = await this.keys.exactHits(inputs, excludeCustomerId, manager);
    for (const hit of exact) {
      add(hit.input, hit.customerId, { dimension: hit.dimension, method: 'EXACT', inputValue: hit.key, existingValue: hit.key, score: 1, existingAlias: hit.alias });
    }
    // Each input's name and each of its aliases is looked up as a name, for the input it belongs to.
    const probes = inputs.flatMap((k, input) => [k.name, ...k.aliases].map((name) => ({ input, name })));
    const search = await this.nameSearch(manager, probes, rules);
    if (search.threshold !== null) {
      const searched = probes.map((p, i) => ({ nameKey: p.name, distinctive: search.cores[i] }));
      // The changed customers are compared directly while they are few; after a bulk change (an
      // import, a policy run) the index search over everyone is cheaper, and just as right.
      const fewChanged = changedOnly && (await this.keys.changedSinceAtMost(changedOnly, CHANGED_DIRECTLY_AT_MOST, manager));
      const hits = fewChanged
        ? await this.keys.similarNamesChangedSince(searched, search.threshold, changedOnly, manager)
        : await this.keys.similarNames(searched, search.threshold, excludeCustomerId, manager);
      for (const hit of hits) {
        const probe = probes[hit.input];
        const paired = pairedWords(distinctiveNameOf(probe.name), distinctiveNameOf(hit.nameKey))?.map(([input, existing]) => ({ input, existing })) ?? null;
        add(probe.input, hit.customerId, { dimension: 'NAME', method: 'SIMILAR', inputValue: probe.name, existingValue: hit.nameKey, score: hit.score, existingAlias: hit.alias, pairedWords: paired });
      }
    }
    const phones = await this.keys.phonesOf(customersMatchedByName(inputs, byInput), manager);
    return { evidence: byInput, facts: demotionFactsOf(inputs, exact, phones) };
  }

  /**
   * How similar names are searched for these inputs: the rule's threshold (null when the admin
   * turned similar names off) and each input's searched core — its distinctive name without the
   * words common among the customers — with the common words found. An import compares the rows
   * of one file with each other by the same measure.
   */
  async nameSearch(manager: EntityManager, inputs: readonly Pick<DuplicateKeys, 'name'>[], rules?: DuplicateRules) {
    const { rules: all, similarNameThreshold } = rules ?? (await this.rules.current(manager));
    const on = all.some((r) => r.dimension === 'NAME' && r.method === 'SIMILAR' && r.enabled);
    if (!on) return { threshold: null, cores: inputs.map(() => ''), common: new Set<string>() };
    const distinctive = inputs.map((k) => distinctiveNameOf(k.name));
    const common = await this.words.commonAmong(manager, [...new Set(distinctive.flatMap((d) => distinctiveWordsOf(d)))]);
    return { threshold: similarNameThreshold, cores: distinctive.map((d) => withoutCommonWords(d, (w) => common.has(w))), common };
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
