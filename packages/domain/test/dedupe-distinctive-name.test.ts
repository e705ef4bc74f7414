import { describe, expect, it } from 'vitest';
import { distinctiveNameOf, normalizeCompanyName } from '../src';

describe('distinctiveNameOf', () => {
  it.each<[string, string]>([
    // English: industry descriptors, scope words, places, multi-word places
    ['acme trading', 'acme'],
    ['acme technologies', 'acme'],
    ['acme tech', 'acme'],
    ['contoso pharmaceuticals', 'contoso'],
    ['baxter international', 'baxter'],
    ['acme global services', 'acme'],
    ['acme asia pacific holdings', 'acme'],
    ['new york life insurance', 'life'],
    ['fabrikam real estate london', 'fabrikam'],
    // Joining words go with a dropped neighbour, and stay between kept words
    ['acme trading and logistics', 'acme'],
    ['bank of acme', 'acme'],
    ['procter and gamble', 'procter and gamble'],
    ['de beers', 'de beers'],
    // Pinyin: [city][brand][industry]
    ['guangzhou xinkang golden software', 'xinkang golden'],
    ['shanghai jinqiao technology', 'jinqiao'],
    ['shenzhen huaxin electronics', 'huaxin'],
    ['xian tianrui machinery', 'tianrui'],
    ['hong kong acme trading', 'acme'],
    // Chinese: place prefixes with or without 省/市, industry suffixes, longest first, repeatedly
    ['上海鑫康科技', '鑫康'],
    ['上海市鑫康科技', '鑫康'],
    ['广东省鑫康国际贸易', '鑫康'],
    ['深圳华信电子', '华信'],
    ['北京百度网络科技', '百度'],
    ['杭州阿里巴巴信息技术', '阿里巴巴'],
    ['江苏恒瑞医药', '恒瑞'],
    ['苏州鑫康进出口', '鑫康'],
    ['华为技术', '华为'],
    ['中国平安保险', '平安'],
    ['腾讯科技深圳', '腾讯'], // 腾讯科技(深圳)有限公司: a bracketed branch city trails
    ['台灣積體電路製造', '積體電路'],
    // Japanese
    ['トヨタ自動車', 'トヨタ'],
    ['三菱商事', '三菱'],
    ['大阪府山田製薬', '山田'],
    ['東京ガス', 'ガス'],
    ['ソニーグループ', 'ソニー'],
    // Other languages of the legal-form list
    ['muller maschinenbau', 'muller'],
    ['dupont groupe france', 'dupont'],
    ['grupo bimbo', 'bimbo'],
    ['ferrari servizi italia', 'ferrari'],
    ['van der berg handel', 'van der berg'],
    // Mixed scripts
    ['acme 上海', 'acme'],
    ['acme上海科技', 'acme'],
    ['shanghai 鑫康 technology', '鑫康'],
  ])('%j → %j', (key, distinctive) => {
    expect(distinctiveNameOf(key)).toBe(distinctive);
  });

  it.each([
    ['shanghai technology'],
    ['china trading'],
    ['global logistics and trading'],
    ['international'],
    ['new york'],
    ['上海科技'],
    ['广东省进出口'],
    ['東京商事'],
  ])('a name of only generic words, %j, keeps its key', (key) => {
    expect(distinctiveNameOf(key)).toBe(key);
  });

  it.each([
    ['techno tradewinds'],
    ['technological pioneers'],
    ['shanghaitech'],
    ['servicemaster'],
    ['berlinale'],
    ['tradewinds'],
    ['globalstar'],
    ['鑫康科技园'], // an industry word inside a run of characters stays
    ['toys r us'],
    ['easter seals it takes a village'],
  ])('a generic word inside a longer word, or an ordinary word, stays: %j', (key) => {
    expect(distinctiveNameOf(key)).toBe(key);
  });

  it.each([
    ['Koninklijke Philips N.V.', 'Philips'],
    ['Royal Dutch Shell plc', 'Dutch Shell'],
    ['Kungliga Tekniska', 'Tekniska'],
  ])('an honorific is not distinctive: %j is distinctively %j', (name, other) => {
    expect(distinctiveNameOf(normalizeCompanyName(name))).toBe(distinctiveNameOf(normalizeCompanyName(other)));
  });

  it.each([
    ['Royal Garden', 'Royal Palace'],
    ['Koninklijke Philips', 'Koninklijke Ahold'],
  ])('names that share only an honorific differ distinctively: %j ≠ %j', (a, b) => {
    expect(distinctiveNameOf(normalizeCompanyName(a))).not.toBe(distinctiveNameOf(normalizeCompanyName(b)));
    // The full key keeps the honorific: "Royal Bank of Canada" is not the "Bank of Canada".
    expect(normalizeCompanyName('Royal Bank of Canada')).not.toBe(normalizeCompanyName('Bank of Canada'));
  });

  it('keeps the order of the remaining words', () => {
    expect(distinctiveNameOf('chinatown golden dragon foods')).toBe('chinatown golden dragon');
  });

  it('returns an empty key as it is', () => {
    expect(distinctiveNameOf('')).toBe('');
  });

  it.each([
    ['Guangzhou Xinkang Golden Software Co., Ltd.', 'xinkang golden'],
    ['上海鑫康科技有限公司', '鑫康'],
    ['腾讯科技(深圳)有限公司', '腾讯'],
    ['トヨタ自動車株式会社', 'トヨタ'],
    ['Acme Trading (Shanghai) Co., Ltd.', 'acme'],
    ['Acme Technologies GmbH', 'acme'],
  ])('on normalizeCompanyName(%j): %j', (raw, distinctive) => {
    expect(distinctiveNameOf(normalizeCompanyName(raw))).toBe(distinctive);
  });

  it('gives spellings of one company one distinctive name', () => {
    const spellings = ['上海鑫康科技有限公司', '上海市鑫康科技有限公司', '鑫康科技(上海)有限公司', '上海鑫康国际贸易有限公司'];
    expect(new Set(spellings.map((s) => distinctiveNameOf(normalizeCompanyName(s)))).size).toBe(1);
  });

  it('copes with absurd input quickly', () => {
    const started = Date.now();
    expect(distinctiveNameOf('上海'.repeat(5_000))).toBe('上海'.repeat(5_000));
    expect(distinctiveNameOf(`${'上海'.repeat(2_000)}鑫康${'科技'.repeat(2_000)}`)).toBe('鑫康');
    expect(distinctiveNameOf('x'.repeat(10_000))).toHaveLength(10_000);
    expect(distinctiveNameOf('shanghai trading '.repeat(1_000).trim())).toHaveLength(16_999);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
