import { describe, expect, it } from 'vitest';
import { duplicateKeysOf, emailDomain, isFreeMailDomain, normalizeEmail, normalizePhone, registrableDomain, validateDuplicateKeys } from '../src';

describe('normalizeEmail', () => {
  it.each<[string, string | null]>([
    [' Bob@Acme.COM ', 'bob@acme.com'],
    ['ada.li+crm@acme.co.uk', 'ada.li+crm@acme.co.uk'],
    ['bob@acme', null],
    ['not an email', null],
    ['a b@acme.com', null],
    ['bob@@acme.com', null],
    ['', null],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeEmail(raw)).toBe(normalized);
  });
});

describe('normalizePhone', () => {
  it.each<[string, string, string | null]>([
    ['(021) 6123-4567 ext. 8', 'CN', '+862161234567'],
    ['+86 21 6123 4567', 'CN', '+862161234567'],
    ['021-61234567转8', 'CN', '+862161234567'],
    ['０２１ ６１２３ ４５６７', 'CN', '+862161234567'],
    ['138 1234 5678', 'CN', '+8613812345678'],
    ['(212) 555-0100', 'US', '+12125550100'],
    ['212.555.0100 x12', 'US', '+12125550100'],
    ['(212) 555-0100', 'us', '+12125550100'],
    ['+1 212 555 0100', 'CN', '+12125550100'],
    ['030 1234567', 'DE', '+49301234567'],
    ['+44 20 7946 0958', 'XX', '+442079460958'],
    ['(212) 555-0100', 'XX', null],
    ['5348440', 'US', null],
    ['12', 'US', null],
    ['call me', 'US', null],
    ['', 'US', null],
  ])('%j in %s → %j', (raw, region, e164) => {
    expect(normalizePhone(raw, region)).toBe(e164);
  });
});

describe('registrableDomain', () => {
  it.each<[string, string | null]>([
    ['https://www.shop.acme.co.uk/about', 'acme.co.uk'],
    [' www.x.org', 'x.org'],
    ['http//x.edu', 'x.edu'],
    ['https:/acme.de', 'acme.de'],
    ['x.org/path', 'x.org'],
    ['HTTP://WWW.ACME.COM:8080/a?b#c', 'acme.com'],
    ['www.acme.com.cn', 'acme.com.cn'],
    ['http://info@itsybitsypeoplepalace.com', 'itsybitsypeoplepalace.com'],
    ['acme.github.io', 'acme.github.io'],
    ['httpacme.com', 'httpacme.com'],
    ['gmail.com', null],
    ['http://mail.163.com', null],
    ['https://www.facebook.com/acmebakery', null],
    ['localhost', null],
    ['192.168.0.1', null],
    ['acme', null],
    ['acme .com', null],
    ['', null],
  ])('%j → %j', (raw, domain) => {
    expect(registrableDomain(raw)).toBe(domain);
  });
});

describe('emailDomain and isFreeMailDomain', () => {
  it.each<[string, string | null]>([
    ['Bob@Mail.Acme.com.cn', 'acme.com.cn'],
    ['ada@acme.co.uk', 'acme.co.uk'],
    ['x@gmail.com', null],
    ['x@hotmail.fr', null],
    ['x@yahoo.co.jp', null],
    ['x@vip.qq.com', null],
    ['x@163.com', null],
    ['x@web.de', null],
    ['x@orange.fr', null],
    ['x@gmx.ch', null],
    ['x@live.cn', null],
    ['not-an-email', null],
  ])('%j → %j', (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });

  it.each<[string, boolean]>([
    ['gmail.com', true],
    ['GMAIL.COM', true],
    ['yahoo.com.cn', true],
    ['vip.qq.com', true],
    ['aliyun.com', true],
    ['acme.com', false],
    ['acme-yahoo.com', false],
  ])('isFreeMailDomain(%j) = %s', (domain, free) => {
    expect(isFreeMailDomain(domain)).toBe(free);
  });
});

describe('duplicateKeysOf', () => {
  it("collects the customer's and its contacts' keys, normalised, deduplicated and sorted", () => {
    const keys = duplicateKeysOf(
      {
        companyName: 'Acme Trading Co., Ltd.',
        website: 'https://www.acme.com.cn/about',
        email: 'Sales@Acme.com.cn',
        phone: '(021) 6123-4567 ext. 8',
        contacts: [
          { phones: ['+86 21 6123 4567', '138 1234 5678'], emails: ['ada@gmail.com', 'ada@acme-group.com'] },
          { phones: null, emails: ['sales@acme.com.cn', 'broken@'] },
          { phones: ['call me'] },
        ],
      },
      { defaultRegion: 'CN' },
    );
    expect(keys).toEqual({
      name: 'acme trading',
      aliases: [],
      emails: ['ada@acme-group.com', 'ada@gmail.com', 'sales@acme.com.cn'],
      phones: ['+8613812345678', '+862161234567'],
      domains: ['acme-group.com', 'acme.com.cn'],
    });
  });

  it('gives empty keys for a customer with nothing usable', () => {
    expect(duplicateKeysOf({ companyName: null, contacts: null }, { defaultRegion: 'US' })).toEqual({
      name: '', aliases: [], emails: [], phones: [], domains: [],
    });
  });
});

describe('validateDuplicateKeys', () => {
  const check = (companyName: string | null | undefined) =>
    validateDuplicateKeys(duplicateKeysOf({ companyName }, { defaultRegion: 'CN' }), { companyName });

  it.each(['Co., Ltd.', '有限公司', '!!!', 'GmbH & Co. KG'])('refuses %j: nothing would be left to match on', (name) => {
    expect(check(name)).toEqual([{ field: 'companyName', message: 'must contain more than a legal form or punctuation', rule: 'NAME_WITHOUT_SUBSTANCE' }]);
  });

  it.each<[string | null | undefined]>([['Acme Trading Co., Ltd.'], [''], ['  '], [null], [undefined]])(
    'leaves %j to the other rules',
    (name) => {
      expect(check(name)).toEqual([]);
    },
  );
});
