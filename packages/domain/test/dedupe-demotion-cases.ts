import {
  DEFAULT_DUPLICATE_RULES,
  duplicateKeysOf,
  overallVerdict,
  verdictOf,
  withDemotions,
  type DuplicateAction,
  type DuplicateDimension,
  type DuplicateKeys,
  type DuplicateKeySource,
  type DuplicateRules,
  type DuplicateVerdict,
  type MatchEvidence,
} from '../src';

/**
 * The demotion rules as a table: existing customers, the one being saved, and what the check
 * must say. Each case uses its own names, phones and domains, so the integration test can store
 * every case in one database and check each against the server (parity with `domainJudgement`).
 * `reasons` lists the demoted evidence as "DIMENSION REASON [sharedBy]".
 */
export interface DemotionCase {
  title: string;
  existing: DuplicateKeySource[];
  input: DuplicateKeySource;
  /** Rules changed from the defaults: an action, or 'OFF'. */
  rules?: Partial<Record<`${DuplicateDimension} EXACT`, DuplicateAction | 'OFF'>>;
  verdict: DuplicateVerdict;
  reasons: string[];
}

const sharing = (field: 'phone' | 'website' | 'email', values: string[]): DuplicateKeySource[] =>
  values.map((value, i) => ({ companyName: `${field} holder ${['alpha', 'bravo', 'charlie'][i]} ${values[0].replace(/\W/g, '')}`, [field]: value }));

export const DEMOTION_CASES: DemotionCase[] = [
  // CHAIN_BRANCH: the same name, valid phones in different areas or countries
  { title: 'same chain name, Chicago 312 vs New York 212', existing: [{ companyName: 'Giordano Deep Dish', phone: '+1 312 555 0101' }], input: { companyName: "Giordano Deep Dish", phone: '+1 212 555 0101' }, verdict: 'WARN', reasons: ['NAME CHAIN_BRANCH'] },
  { title: 'same name, Tokyo vs Shanghai', existing: [{ companyName: 'Yoshida Beef Bowl', phone: '+81 3 3224 5000' }], input: { companyName: 'Yoshida Beef Bowl K.K.', phone: '+86 21 6123 4567' }, verdict: 'WARN', reasons: ['NAME CHAIN_BRANCH'] },
  { title: 'same name, same area, different numbers', existing: [{ companyName: 'Portillo Hot Dogs', phone: '+1 312 555 0102' }], input: { companyName: 'Portillo Hot Dogs', phone: '+1 312 555 0103' }, verdict: 'BLOCK', reasons: [] },
  { title: 'same name, a mobile beside a fixed line of its country', existing: [{ companyName: 'Xinkang Tea Shop', phone: '+86 21 6123 4568' }], input: { companyName: 'Xinkang Tea Shop', phone: '+86 138 0013 8001' }, verdict: 'BLOCK', reasons: [] },
  { title: 'same name, no phone on the new one', existing: [{ companyName: 'Harold Chicken Shack', phone: '+1 312 555 0104' }], input: { companyName: 'Harold Chicken Shack' }, verdict: 'BLOCK', reasons: [] },
  { title: 'same name in two areas, but the same website', existing: [{ companyName: 'Lou Malnati Pizza', phone: '+1 312 555 0105', website: 'loumalnati.example' }], input: { companyName: 'Lou Malnati Pizza', phone: '+1 212 555 0105', website: 'www.loumalnati.example' }, verdict: 'BLOCK', reasons: ['NAME CHAIN_BRANCH'] },
  // SHARED_KEY: an email, phone or domain held by 3 or more existing customers
  { title: 'a phone shared by 3 customers', existing: sharing('phone', ['+1 415 555 0142', '+1 415 555 0142', '+1 415 555 0142']), input: { companyName: 'Nimbus Dental', phone: '+1 (415) 555-0142' }, verdict: 'WARN', reasons: ['PHONE SHARED_KEY 3'] },
  { title: 'a phone shared by 2 customers', existing: sharing('phone', ['+1 415 555 0143', '+1 415 555 0143']), input: { companyName: 'Zephyr Optics', phone: '+1 415 555 0143' }, verdict: 'BLOCK', reasons: [] },
  { title: 'a website shared by 3 customers', existing: sharing('website', ['agencyhost.example', 'www.agencyhost.example', 'https://agencyhost.example/b']), input: { companyName: 'Quill Legal', website: 'agencyhost.example/q' }, verdict: 'WARN', reasons: ['DOMAIN SHARED_KEY 3'] },
  { title: 'an email domain shared by 3 customers, the mailbox not', existing: sharing('email', ['a@sharedmail.example', 'b@sharedmail.example', 'c@sharedmail.example']), input: { companyName: 'Orbit Tutors', email: 'd@sharedmail.example' }, verdict: 'WARN', reasons: ['DOMAIN SHARED_KEY 3'] },
  // GENERIC_NAME: only place, industry and honorific words, and nothing else matches
  { title: '"Steak House" vs "Steak House", nothing else', existing: [{ companyName: 'Steak House' }], input: { companyName: 'Steak House' }, verdict: 'WARN', reasons: ['NAME GENERIC_NAME'] },
  { title: '"Shanghai Trading Co., Ltd." vs "Shanghai Trading Co"', existing: [{ companyName: 'Shanghai Trading Co., Ltd.' }], input: { companyName: 'Shanghai Trading Co' }, verdict: 'WARN', reasons: ['NAME GENERIC_NAME'] },
  { title: '"Bistro" with the same phone', existing: [{ companyName: 'Bistro', phone: '+1 312 555 0106' }], input: { companyName: 'Bistro', phone: '+1 312 555 0106' }, verdict: 'BLOCK', reasons: [] },
  { title: 'a distinctive name is not generic', existing: [{ companyName: 'Ferrante Steak House' }], input: { companyName: 'Ferrante Steak House' }, verdict: 'BLOCK', reasons: [] },
  // The admin's choice stands
  { title: 'NAME EXACT set to WARN stays WARN, with no reason', rules: { 'NAME EXACT': 'WARN' }, existing: [{ companyName: 'Garrett Popcorn', phone: '+1 312 555 0107' }], input: { companyName: 'Garrett Popcorn', phone: '+1 212 555 0107' }, verdict: 'WARN', reasons: [] },
  { title: 'NAME EXACT off stays off', rules: { 'NAME EXACT': 'OFF' }, existing: [{ companyName: 'Steak Grill' }], input: { companyName: 'Steak Grill' }, verdict: 'CLEAR', reasons: [] },
];

export function rulesOf(c: Pick<DemotionCase, 'rules'>): DuplicateRules {
  const changes = c.rules ?? {};
  return {
    ...DEFAULT_DUPLICATE_RULES,
    rules: DEFAULT_DUPLICATE_RULES.rules.map((r) => {
      const change = r.method === 'EXACT' ? changes[`${r.dimension} EXACT`] : undefined;
      if (change === undefined) return r;
      return change === 'OFF' ? { ...r, enabled: false } : { ...r, action: change };
    }),
  };
}

/** "DIMENSION REASON [sharedBy]" for each demoted piece of evidence, sorted. */
export function reasonsOf(evidence: readonly MatchEvidence[]): string[] {
  const shown = evidence.flatMap((e) => (e.demotedBecause ? [`${e.dimension} ${e.demotedBecause}${e.sharedBy ? ` ${e.sharedBy}` : ''}`] : []));
  return [...new Set(shown)].sort();
}

/** What the domain says for a case, from exact matches alone, as the server would gather them. */
export function domainJudgement(c: DemotionCase, defaultRegion = 'CN'): { verdict: DuplicateVerdict; reasons: string[] } {
  const rules = rulesOf(c);
  const keysOf = (s: DuplicateKeySource) => duplicateKeysOf(s, { defaultRegion });
  const input = keysOf(c.input);
  const existing = c.existing.map(keysOf);
  const holders = (dimension: DuplicateDimension, key: string) => existing.filter((k) => valuesOf(k, dimension).includes(key)).length;
  const judged = existing.map((k) => {
    const evidence = (['NAME', 'EMAIL', 'PHONE', 'DOMAIN'] as const).flatMap((d) =>
      valuesOf(input, d).filter((v) => valuesOf(k, d).includes(v)).map((v): MatchEvidence => ({ dimension: d, method: 'EXACT', inputValue: v, existingValue: v, score: 1 })),
    );
    const demoted = withDemotions(evidence, { inputPhones: input.phones, existingPhones: k.phones, sharedBy: holders }, rules);
    return { verdict: verdictOf(demoted, rules), evidence: demoted };
  });
  const shown = judged.filter((j) => j.verdict !== 'CLEAR');
  return { verdict: overallVerdict(shown.map((j) => j.verdict)), reasons: reasonsOf(shown.flatMap((j) => j.evidence)) };
}

function valuesOf(k: DuplicateKeys, dimension: DuplicateDimension): string[] {
  return { NAME: k.name ? [k.name] : [], EMAIL: k.emails, PHONE: k.phones, DOMAIN: k.domains }[dimension];
}
