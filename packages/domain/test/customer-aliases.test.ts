import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, duplicateKeysOf, validateAliases } from '../src';

const rulesOf = (aliases: { kind: string; name: string | null }[], companyName: string | null = 'Acme Trading Ltd') =>
  validateAliases(aliases, companyName).map((p) => `${p.field} ${p.rule}`);

describe('validateAliases', () => {
  it.each([
    ['a former name', [{ kind: 'FORMER_NAME', name: 'Acme Import & Export Co.' }], []],
    ['an English and a Chinese name', [{ kind: 'ENGLISH_NAME', name: 'Acme Shanghai' }, { kind: 'CHINESE_NAME', name: '艾克米贸易' }], []],
    ['a blank name', [{ kind: 'BRAND', name: '  ' }], ['aliases.0.name REQUIRED']],
    ['no name at all', [{ kind: 'BRAND', name: null }], ['aliases.0.name REQUIRED']],
    ['the company name again, as the check compares names', [{ kind: 'ENGLISH_NAME', name: 'ACME Trading Limited' }], ['aliases.0.name SAME_AS_COMPANY_NAME']],
    ['the same alias twice, however written', [{ kind: 'BRAND', name: 'Roadrunner' }, { kind: 'FORMER_NAME', name: 'ROADRUNNER' }], ['aliases.1.name LISTED_TWICE']],
    ['a legal form only', [{ kind: 'BRAND', name: 'Co., Ltd.' }], ['aliases.0.name NAME_WITHOUT_SUBSTANCE']],
    ['a name longer than a company name may be', [{ kind: 'BRAND', name: 'x'.repeat(201) }], ['aliases.0.name TOO_LONG']],
    ['a kind that is not one', [{ kind: 'NICKNAME', name: 'Acmeco' }], ['aliases.0.kind NOT_AN_OPTION']],
  ])('%s', (_title, aliases, expected) => {
    expect(rulesOf(aliases)).toEqual(expected);
  });

  it(`allows ${MAX_ALIASES} aliases and refuses one more, as a whole`, () => {
    const brands = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'BRAND', name: `Brand ${String.fromCharCode(65 + i)}` }));
    expect(rulesOf(brands(MAX_ALIASES))).toEqual([]);
    expect(rulesOf(brands(MAX_ALIASES + 1))).toEqual(['aliases TOO_MANY']);
  });

  it('checks an alias against the name the customer keeps when only the aliases change', () => {
    expect(rulesOf([{ kind: 'CHINESE_NAME', name: '华泰纺织有限公司' }], '华泰纺织 有限公司')).toEqual(['aliases.0.name SAME_AS_COMPANY_NAME']);
  });
});

describe('duplicate keys of aliases', () => {
  it('are name keys, each once, without blanks or the name itself', () => {
    const keys = duplicateKeysOf({ companyName: 'Acme Trading Ltd', aliases: ['Roadrunner Supply GmbH', 'ROADRUNNER SUPPLY', 'Acme Trading Limited', 'Ltd'] }, { defaultRegion: 'CN' });
    expect(keys.aliases).toEqual(['roadrunner supply']);
  });
});
