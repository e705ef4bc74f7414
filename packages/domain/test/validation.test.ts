import { describe, expect, it } from 'vitest';
import { LIMITS, cleanList, cleanText, validateContactFields, validateCustomerFields, withoutUndefined } from '../src';

const fieldsOf = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('validateCustomerFields', () => {
  it('accepts a complete, well-formed customer', () => {
    expect(
      validateCustomerFields(
        { companyName: 'Acme Trading Co., Ltd.', website: 'acme.co.uk', email: 'info@acme.co.uk', phone: '(021) 6123-4567 ext. 8', tags: ['VIP'] },
        { requireName: true },
      ),
    ).toEqual([]);
  });

  it.each([
    [{ companyName: '' }, ['companyName']],
    [{ companyName: '   ' }, ['companyName']],
    [{ companyName: 'x'.repeat(LIMITS.companyName + 1) }, ['companyName']],
    [{ companyName: 'Acme', email: 'not-an-email' }, ['email']],
    [{ companyName: 'Acme', email: 'a@b' }, ['email']],
    [{ companyName: 'Acme', website: 'ftp://acme.com' }, ['website']],
    [{ companyName: 'Acme', website: 'acme' }, ['website']],
    [{ companyName: 'Acme', website: 'acme .com' }, ['website']],
    [{ companyName: 'Acme', phone: 'call me' }, ['phone']],
    [{ companyName: 'Acme', phone: '12' }, ['phone']],
    [{ companyName: 'Acme', tags: ['ok', ''] }, ['tags.1']],
    [{ companyName: 'Acme', tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`) }, ['tags']],
  ])('refuses %o on %o', (input, fields) => {
    expect(fieldsOf(validateCustomerFields(input, { requireName: true }))).toEqual(fields);
  });

  it('does not require the name on partial updates, but refuses blanking it', () => {
    expect(validateCustomerFields({ industry: 'Retail' }, { requireName: false })).toEqual([]);
    expect(fieldsOf(validateCustomerFields({ companyName: null }, { requireName: false }))).toEqual(['companyName']);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf(validateCustomerFields({ companyName: '', email: 'x', website: 'y' }, { requireName: true }))).toEqual([
      'companyName',
      'website',
      'email',
    ]);
  });
});

describe('validateContactFields', () => {
  const today = '2026-11-22';
  it('accepts a contact with several phones and emails and a birthday', () => {
    expect(
      validateContactFields(
        { name: 'Ada Li', title: 'CTO', phones: ['+86 21 6123 4567'], emails: ['ada@acme.com', 'ada.li@acme.com'], birthday: '1980-02-29' },
        { requireName: true, today },
      ),
    ).toEqual([]);
  });

  it.each([
    [{ name: 'A', birthday: '1981-02-29' }, ['birthday']],
    [{ name: 'A', birthday: '2026-11-23' }, ['birthday']],
    [{ name: 'A', birthday: '23/04/1980' }, ['birthday']],
    [{ name: 'A', emails: ['ok@acme.com', 'bad'] }, ['emails.1']],
    [{ name: 'A', phones: ['x'] }, ['phones.0']],
    [{ name: 'A', phones: Array.from({ length: LIMITS.contactPhones + 1 }, () => '+1 555 0100') }, ['phones']],
    [{ name: '' }, ['name']],
  ])('refuses %o on %o', (input, fields) => {
    expect(fieldsOf(validateContactFields(input, { requireName: true, today }))).toEqual(fields);
  });

  it('accepts a birthday on the team calendar day itself', () => {
    expect(validateContactFields({ name: 'A', birthday: today }, { requireName: true, today })).toEqual([]);
  });
});

describe('input cleaning', () => {
  it('trims text and turns blanks into null', () => {
    expect(cleanText('  Acme  ')).toBe('Acme');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(undefined)).toBeUndefined();
  });

  it('drops blank and repeated list entries, keeping the first spelling', () => {
    expect(cleanList([' VIP', 'vip', '', 'Export '])).toEqual(['VIP', 'Export']);
  });

  it('drops undefined keys only', () => {
    expect(withoutUndefined({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });
});
