import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUPLICATE_RULES,
  actionFor,
  normalizeCompanyName,
  overallVerdict,
  trigramSimilarity,
  validateDuplicateRules,
  verdictOf,
  type DuplicateRules,
  type MatchEvidence,
} from '../src';

const exact = (dimension: MatchEvidence['dimension'], value = 'x'): MatchEvidence => ({
  dimension, method: 'EXACT', inputValue: value, existingValue: value, score: 1,
});
const similar = (score: number): MatchEvidence => ({
  dimension: 'NAME', method: 'SIMILAR', inputValue: 'acme tradng', existingValue: 'acme trading', score,
});
const withRule = (dimension: string, change: object): DuplicateRules => ({
  ...DEFAULT_DUPLICATE_RULES,
  rules: DEFAULT_DUPLICATE_RULES.rules.map((r) => (r.dimension === dimension ? { ...r, ...change } : r)),
});
const fieldsOf = (rules: DuplicateRules) => validateDuplicateRules(rules).map((p) => p.field);

describe('DEFAULT_DUPLICATE_RULES', () => {
  it('follows PRODUCT.md: all on, exact matches block, similar names warn', () => {
    expect(validateDuplicateRules(DEFAULT_DUPLICATE_RULES)).toEqual([]);
    const summary = DEFAULT_DUPLICATE_RULES.rules.map((r) => `${r.dimension} ${r.method} ${r.enabled} ${r.action}`);
    expect(summary.sort()).toEqual([
      'DOMAIN EXACT true BLOCK', 'EMAIL EXACT true BLOCK', 'NAME EXACT true BLOCK', 'NAME SIMILAR true WARN', 'PHONE EXACT true BLOCK',
    ]);
  });

  it('warns on a letter dropped from a short name but not on names that share only a generic word', () => {
    const warns = (a: string, b: string) =>
      actionFor(similar(trigramSimilarity(normalizeCompanyName(a), normalizeCompanyName(b))), DEFAULT_DUPLICATE_RULES) !== null;
    expect(warns('Acme Trading Co., Ltd.', 'Acme Tradng Ltd')).toBe(true);
    expect(warns('Northwind Traders Inc.', 'Northwind Trader')).toBe(true);
    expect(warns('ABC International Inc.', 'XYZ International Inc.')).toBe(false);
    expect(warns('Acme Trading', 'Acme Technology')).toBe(false);
    expect(warns('Shanghai Technology Co., Ltd.', 'Beijing Technology Co., Ltd.')).toBe(false);
  });
});

describe('validateDuplicateRules', () => {
  it.each([0.3, 0.65, 1])('accepts the threshold %d', (t) => {
    expect(fieldsOf({ ...DEFAULT_DUPLICATE_RULES, similarNameThreshold: t })).toEqual([]);
  });

  it.each([0.29, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses the threshold %d', (t) => {
    expect(fieldsOf({ ...DEFAULT_DUPLICATE_RULES, similarNameThreshold: t })).toEqual(['similarNameThreshold']);
  });

  it('refuses a repeated rule and names the missing one', () => {
    const [nameExact, , ...others] = DEFAULT_DUPLICATE_RULES.rules;
    const rules = { ...DEFAULT_DUPLICATE_RULES, rules: [nameExact, { ...nameExact, action: 'WARN' as const }, ...others] };
    expect(validateDuplicateRules(rules)).toEqual([
      { field: 'rules.1', message: 'lists NAME EXACT twice', rule: 'LISTED_TWICE', params: { value: 'NAME EXACT' } },
      { field: 'rules', message: 'needs a rule for NAME SIMILAR', rule: 'NEEDS_RULE_FOR', params: { slot: 'NAME SIMILAR' } },
    ]);
  });

  it('refuses similarity on anything but names, unknown dimensions and actions', () => {
    const bad = [
      { dimension: 'EMAIL', method: 'SIMILAR', enabled: true, action: 'WARN' },
      { dimension: 'ADDRESS', method: 'EXACT', enabled: true, action: 'WARN' },
      { dimension: 'PHONE', method: 'EXACT', enabled: true, action: 'IGNORE' },
    ] as unknown as DuplicateRules['rules'];
    const rules = { ...DEFAULT_DUPLICATE_RULES, rules: [...DEFAULT_DUPLICATE_RULES.rules, ...bad] };
    expect(validateDuplicateRules(rules)).toEqual([
      { field: 'rules.5.method', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' },
      { field: 'rules.6.dimension', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' },
      { field: 'rules.7.action', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' },
    ]);
  });
});

describe('actionFor', () => {
  it('gives the rule action of exact evidence, and nothing when the rule is off', () => {
    expect(actionFor(exact('EMAIL'), DEFAULT_DUPLICATE_RULES)).toBe('BLOCK');
    expect(actionFor(exact('EMAIL'), withRule('EMAIL', { enabled: false }))).toBeNull();
    expect(actionFor(exact('DOMAIN'), withRule('DOMAIN', { action: 'WARN' }))).toBe('WARN');
  });

  it('warns on a similar name from the threshold up', () => {
    const t = DEFAULT_DUPLICATE_RULES.similarNameThreshold;
    expect(actionFor(similar(t), DEFAULT_DUPLICATE_RULES)).toBe('WARN');
    expect(actionFor(similar(0.9), DEFAULT_DUPLICATE_RULES)).toBe('WARN');
    expect(actionFor(similar(t - 0.01), DEFAULT_DUPLICATE_RULES)).toBeNull();
  });

  it('compares the float4 score as PostgreSQL does: 9/20 in float4 is just under 0.45', () => {
    const rules = { ...DEFAULT_DUPLICATE_RULES, similarNameThreshold: 0.45 };
    expect(actionFor(similar(Math.fround(9 / 20)), rules)).toBeNull();
    expect(actionFor(similar(Math.fround(1 / 2)), { ...rules, similarNameThreshold: 0.5 })).toBe('WARN');
  });
});

describe('verdictOf and overallVerdict', () => {
  it.each<[MatchEvidence[], string]>([
    [[], 'CLEAR'],
    [[similar(0.4)], 'CLEAR'],
    [[similar(0.8)], 'WARN'],
    [[similar(0.8), exact('PHONE')], 'BLOCK'],
    [[exact('NAME'), exact('DOMAIN')], 'BLOCK'],
  ])('%j → %s', (evidence, verdict) => {
    expect(verdictOf(evidence, DEFAULT_DUPLICATE_RULES)).toBe(verdict);
  });

  it('lets a disabled rule fall back to the next strongest evidence', () => {
    expect(verdictOf([similar(0.8), exact('PHONE')], withRule('PHONE', { enabled: false }))).toBe('WARN');
  });

  it.each<[('CLEAR' | 'WARN' | 'BLOCK')[], string]>([
    [[], 'CLEAR'],
    [['CLEAR', 'CLEAR'], 'CLEAR'],
    [['CLEAR', 'WARN'], 'WARN'],
    [['WARN', 'BLOCK', 'CLEAR'], 'BLOCK'],
  ])('overall %j → %s', (verdicts, verdict) => {
    expect(overallVerdict(verdicts)).toBe(verdict);
  });
});
