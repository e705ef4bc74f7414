import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUPLICATE_RULES,
  isGenericOnlyName,
  normalizeCompanyName,
  normalizePhone,
  phoneAreaOf,
  phonesInDifferentAreas,
  verdictOf,
  withDemotions,
  type DemotionFacts,
  type MatchEvidence,
} from '../src';
import { DEMOTION_CASES, domainJudgement } from './dedupe-demotion-cases';

const e164 = (raw: string) => normalizePhone(raw, 'CN')!;

describe('demotions: each rule with a pair that must warn and a pair that must still block', () => {
  it.each(DEMOTION_CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    expect(domainJudgement(c)).toEqual({ verdict: c.verdict, reasons: c.reasons });
  });
});

describe('phoneAreaOf', () => {
  it.each<[string, { country: string; area: string | null } | null]>([
    ['+1 312 555 0101', { country: 'US', area: '312' }],
    ['+1 613 555 0100', { country: 'CA', area: '613' }],
    ['+86 21 6123 4567', { country: 'CN', area: '21' }],
    ['+44 161 496 0000', { country: 'GB', area: '161' }],
    ['+86 138 0013 8000', { country: 'CN', area: null }], // a mobile: its prefix is a carrier's
    ['+1 800 555 0100', { country: 'US', area: null }], // toll-free
    ['+1 312 055 0100', null], // not a valid number
  ])('%s → %j', (raw, area) => {
    expect(phoneAreaOf(raw.replace(/ /g, ''))).toEqual(area);
  });
});

describe('phonesInDifferentAreas', () => {
  it.each<[string[], string[], boolean]>([
    [['+1 312 555 0101'], ['+1 212 555 0101'], true],
    [['+86 21 6123 4567'], ['+81 3 3224 5000'], true],
    [['+86 138 0013 8000'], ['+1 312 555 0101'], true], // countries differ, mobile or not
    [['+1 312 555 0101'], ['+1 312 555 0199'], false],
    [['+86 138 0013 8000'], ['+86 21 6123 4567'], false], // a mobile says nothing about the city
    [['+1 312 555 0101', '+1 212 555 0199'], ['+1 212 555 0101'], false], // one number in the same area
    [['+1 312 555 0101'], [], false],
    [[], [], false],
  ])('%j vs %j → %s', (a, b, different) => {
    expect(phonesInDifferentAreas(a.map(e164), b.map(e164))).toBe(different);
    expect(phonesInDifferentAreas(b.map(e164), a.map(e164))).toBe(different);
  });
});

describe('isGenericOnlyName', () => {
  it.each<[string, boolean]>([
    ['Steak House', true],
    ['Bistro', true],
    ['Shanghai Trading Co., Ltd.', true],
    ['Royal Trading and Logistics', true],
    ['上海科技有限公司', true],
    ['Ferrante Steak House', false],
    ['Acme Trading', false],
    ['Expert Software, Inc.', false], // one edit from "Export", but a brand
    ['上海鑫康科技', false],
    ['', false],
  ])('%s → %s', (name, generic) => {
    expect(isGenericOnlyName(normalizeCompanyName(name))).toBe(generic);
  });
});

describe('withDemotions', () => {
  const exact = (dimension: MatchEvidence['dimension'], value: string): MatchEvidence => ({ dimension, method: 'EXACT', inputValue: value, existingValue: value, score: 1 });
  const facts = (sharedBy: number): DemotionFacts => ({ inputPhones: [], existingPhones: [], sharedBy: () => sharedBy });

  it('demotes each piece on its own: the undemoted one still blocks', () => {
    const evidence = withDemotions([exact('PHONE', '+14155550142'), exact('EMAIL', 'a@b.example')], { ...facts(1), sharedBy: (d) => (d === 'PHONE' ? 4 : 1) }, DEFAULT_DUPLICATE_RULES);
    expect(evidence.map((e) => [e.dimension, e.demotedBecause ?? null, e.sharedBy ?? null])).toEqual([['PHONE', 'SHARED_KEY', 4], ['EMAIL', null, null]]);
    expect(verdictOf(evidence, DEFAULT_DUPLICATE_RULES)).toBe('BLOCK');
  });

  it('leaves a similar name alone: it already warns', () => {
    const similar: MatchEvidence = { dimension: 'NAME', method: 'SIMILAR', inputValue: 'steak house', existingValue: 'steak houses', score: 0.8 };
    expect(withDemotions([similar], facts(1), DEFAULT_DUPLICATE_RULES)).toEqual([similar]);
  });
});
