import { describe, expect, it } from 'vitest';
import { cardFromRow, columnMappingProblems, guessColumns, mappingToRemember, normalizeHeader, type ColumnMapping } from '../src';

describe('guessColumns', () => {
  it('recognises the headers of Chinese card templates', () => {
    expect(guessColumns(['公司名称', '联系人', '职位', '手机', '电话', '邮箱', '网址', '行业', '地区', '来源', '标签'])).toEqual([
      'companyName', 'contactName', 'contactTitle', 'contactMobile', 'phone', 'email', 'website', 'industry', 'region', 'source', 'tags',
    ]);
  });

  it('recognises English headers however they are spelled, and the marks templates add', () => {
    expect(guessColumns(['Company Name*', 'CONTACT_NAME', 'E-mail:', 'Mobile Phone', 'Web Site', 'ＴＡＧＳ', '手机（必填）'])).toEqual([
      'companyName', 'contactName', 'email', 'contactMobile', 'website', 'tags', null,
    ]);
  });

  it('maps a field from its first column only, and leaves unknown headers unmapped', () => {
    expect(guessColumns(['Company', 'Phone', 'Tel', 'Booth number'])).toEqual(['companyName', 'phone', null, null]);
  });

  it('prefers what the user mapped before, including "not imported"', () => {
    const remembered = new Map([['booth number', 'tags' as const], ['phone', null]]);
    expect(guessColumns(['Company', 'Phone', 'Booth  Number'], remembered)).toEqual(['companyName', null, 'tags']);
  });

  it('remembers only what differs from the guess', () => {
    expect([...mappingToRemember(['Company', 'Booth', 'Phone'], ['companyName', 'tags', null])]).toEqual([['booth', 'tags'], ['phone', null]]);
  });

  it('normalises headers to compare them', () => {
    expect(normalizeHeader('  Ｅ-Mail ( work ) * ')).toBe('e mail');
  });
});

describe('cardFromRow', () => {
  const mapping: ColumnMapping = ['companyName', 'contactName', 'contactMobile', 'phone', 'email', 'tags', 'contactEmail'];
  const today = '2026-12-07';

  it('makes the customer and its contact from one row', () => {
    const { card, problems } = cardFromRow(['上海华泰纺织有限公司', '王芳', '138 0013 8000', '021-5555 1234', 'info@huatai.cn', '展会,纺织；华东', 'wang@huatai.cn'], mapping, today);
    expect(problems).toEqual([]);
    expect(card).toMatchObject({
      companyName: '上海华泰纺织有限公司',
      phone: '021-5555 1234',
      email: 'info@huatai.cn',
      tags: ['展会', '纺织', '华东'],
      contact: { name: '王芳', title: null, phones: ['138 0013 8000'], emails: ['wang@huatai.cn'] },
    });
  });

  it('has no contact when the row names none, and keeps a nameless mobile under the company name', () => {
    expect(cardFromRow(['Acme', null, null], mapping, today).card.contact).toBeNull();
    expect(cardFromRow(['Acme', '', '+86 138 0013 8000'], mapping, today).card.contact).toMatchObject({ name: 'Acme', phones: ['+86 138 0013 8000'] });
  });

  it('names every field that is wrong, under the import column it came from', () => {
    const rules = (cells: (string | null)[]) => cardFromRow(cells, mapping, today).problems.map((p) => `${p.field} ${p.rule}`);
    expect(rules([null, 'Li'])).toEqual(['companyName REQUIRED']);
    expect(rules(['Acme', 'Li', 'not a phone', null, 'nope'])).toEqual(['email INVALID_EMAIL', 'contactMobile INVALID_PHONE']);
    expect(rules(['Acme', null, null, null, null, 'x'.repeat(41)])).toEqual(['tags TOO_LONG']);
  });

  it('refuses cells with control characters rather than cleaning them', () => {
    const { problems } = cardFromRow(['Acme\u0007 Ltd', 'Li\u0000'], mapping, today);
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual(['companyName LINE_BREAKS', 'contactName LINE_BREAKS']);
  });
});

describe('columnMappingProblems', () => {
  it('needs the company name, once per field, and only known fields', () => {
    const rules = (m: (string | null)[]) => columnMappingProblems(m, 4).map((p) => `${p.field} ${p.rule}`);
    expect(rules(['companyName', null, 'phone'])).toEqual([]);
    expect(rules([null, 'phone'])).toEqual(['mapping NEEDS_COMPANY_NAME']);
    expect(rules(['companyName', 'phone', 'phone'])).toEqual(['mapping.2 LISTED_TWICE']);
    expect(rules(['companyName', 'fax'])).toEqual(['mapping.1 NOT_AN_OPTION']);
    expect(rules(['companyName', null, null, null, null])).toEqual(['mapping TOO_MANY']);
  });
});
