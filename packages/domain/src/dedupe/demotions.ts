import { isGenericOnlyName } from './distinctive-name';
import type { DuplicateDemotion, DuplicateDimension } from './dimensions';
import { phonesInDifferentAreas } from './phone-area';
import { ruleFor, type DuplicateRules } from './rules';
import type { MatchEvidence } from './verdict';

/**
 * A key held by this many existing customers or more identifies none of them: a hotel's
 * switchboard, an office building's line, an agency's or a host's website.
 */
export const SHARED_KEY_MIN_CUSTOMERS = 3;

/** What the check knows beside the evidence against one existing customer; all plain values. */
export interface DemotionFacts {
  /** The valid phones (E.164) of the customer being saved, and of the existing one. */
  inputPhones: readonly string[];
  existingPhones: readonly string[];
  /** How many existing customers hold the input's exact key (the one found counts; at least 1). */
  sharedBy: (dimension: DuplicateDimension, key: string) => number;
}

type Demotion = Pick<MatchEvidence, 'demotedBecause' | 'sharedBy'>;
type DemotionCheck = (evidence: MatchEvidence, all: readonly MatchEvidence[], facts: DemotionFacts, rules: DuplicateRules) => Demotion | null;

/**
 * The reasons a blocking match only warns, checked in this order; the first that applies is given.
 * - SHARED_KEY: an email, phone or domain that 3 or more existing customers share.
 * - GENERIC_NAME: both names are only places, industries and honorifics ("Steak House",
 *   "Shanghai Trading"), and nothing but the name matches this customer.
 * - CHAIN_BRANCH: the same name, but each has valid phones and they ring in different places
 *   (another country, or another geographic area code): a chain's branch, or a namesake.
 */
const DEMOTIONS: Record<DuplicateDemotion, DemotionCheck> = {
  SHARED_KEY: (e, _all, facts) => {
    if (e.dimension === 'NAME' || e.method !== 'EXACT') return null;
    const n = facts.sharedBy(e.dimension, e.existingValue);
    return n >= SHARED_KEY_MIN_CUSTOMERS ? { demotedBecause: 'SHARED_KEY', sharedBy: n } : null;
  },
  GENERIC_NAME: (e, all, _facts, rules) => {
    if (e.dimension !== 'NAME' || !isGenericOnlyName(e.inputValue) || !isGenericOnlyName(e.existingValue)) return null;
    return all.some((o) => o.dimension !== 'NAME' && ruleFor(rules, o.dimension, o.method)?.enabled) ? null : { demotedBecause: 'GENERIC_NAME' };
  },
  CHAIN_BRANCH: (e, _all, facts) =>
    e.dimension === 'NAME' && phonesInDifferentAreas(facts.inputPhones, facts.existingPhones) ? { demotedBecause: 'CHAIN_BRANCH' } : null,
};

/**
 * The evidence against one existing customer, each piece that its rule makes block marked with
 * the first reason that disagrees, so that actionFor warns for it instead. Evidence whose rule is
 * off or only warns is returned as it is: an admin's WARN stays a WARN, an admin's "off" stays
 * off. Another piece that still blocks keeps the customer blocked (verdictOf takes the strongest).
 */
export function withDemotions(evidence: readonly MatchEvidence[], facts: DemotionFacts, rules: DuplicateRules): MatchEvidence[] {
  return evidence.map((e) => {
    const rule = ruleFor(rules, e.dimension, e.method);
    if (!rule?.enabled || rule.action !== 'BLOCK') return e;
    for (const check of Object.values(DEMOTIONS)) {
      const demotion = check(e, evidence, facts, rules);
      if (demotion) return { ...e, ...demotion };
    }
    return e;
  });
}
