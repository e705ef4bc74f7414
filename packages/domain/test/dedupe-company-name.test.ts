import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../src';

describe('normalizeCompanyName', () => {
  it.each<[string, string]>([
    // English and US legal forms
    ['Acme Trading Co., Ltd.', 'acme trading'],
    ['ACME TRADING LIMITED', 'acme trading'],
    ['acme trading', 'acme trading'],
    ['Acme Corporation', 'acme'],
    ['ACME CORP', 'acme'],
    ['Komag, Incorporated', 'komag'],
    ['KOMAG INC', 'komag'],
    ['Acme Company', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme LLP', 'acme'],
    ['Acme Partners, L.P.', 'acme partners'],
    ['Acme PLC', 'acme'],
    ['Acme Pty. Ltd.', 'acme'],
    ['Acme Private Limited', 'acme'],
    ['Dow Jones & Company, Inc.', 'dow jones'],
    ['DOW JONES & CO INC', 'dow jones'],
    ['The McGraw-Hill Companies, Inc.', 'mcgraw hill'],
    ['MCGRAW-HILL CO', 'mcgraw hill'],
    ['Procter & Gamble', 'procter and gamble'],
    ["McDonald's Corporation", 'mcdonalds'],
    ['I.B.M. Corp.', 'ibm'],
    ['A. O. Smith Corporation', 'ao smith'],
    ['  Acme\n  Trading  ', 'acme trading'],
    ['Acme (China) Co., Ltd.', 'acme china'],
    ['Theater Company', 'theater'],
    ['The Acme Group', 'acme group'],
    // Chinese: forms at the end, spaces between Chinese characters are formatting
    ['华为技术有限公司', '华为技术'],
    ['中国平安保险(集团)股份有限公司', '中国平安保险'],
    ['中国移动通信集团有限公司', '中国移动通信'],
    ['小米科技有限责任公司', '小米科技'],
    ['台灣積體電路製造股份有限公司', '台灣積體電路製造'],
    ['腾讯科技(深圳)有限公司', '腾讯科技深圳'],
    ['阿里巴巴集团', '阿里巴巴'],
    ['某某投资管理中心(有限合伙)', '某某投资管理中心'],
    ['中国 平安 保险', '中国平安保险'],
    ['株洲电力机车有限公司', '株洲电力机车'],
    ['Acme 上海分公司', 'acme 上海'],
    // Japanese: forms at the start or the end, bracketed abbreviations, half-width kana
    ['トヨタ自動車株式会社', 'トヨタ自動車'],
    ['株式会社ソニー', 'ソニー'],
    ['㈱ソニー', 'ソニー'],
    ['ソニー（株）', 'ソニー'],
    ['有限会社山田商店', '山田商店'],
    ['合同会社アクメ', 'アクメ'],
    ['ｱｸﾒ商事株式会社', 'アクメ商事'],
    ['東京ガス株式会社', '東京ガス'],
    ['Toyota Motor Kabushiki Kaisha', 'toyota motor'],
    ['Sony K.K.', 'sony'],
    // German
    ['Siemens AG', 'siemens'],
    ['Robert Bosch GmbH', 'robert bosch'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['MÜLLER GMBH & CO KG', 'muller'],
    ['Henkel AG & Co. KGaA', 'henkel'],
    ['Acme UG (haftungsbeschränkt)', 'acme'],
    ['Deutsche Bank Aktiengesellschaft', 'deutsche bank'],
    ['Straßenbau Gesellschaft mit beschränkter Haftung', 'strassenbau'],
    // French
    ['Société Générale S.A.', 'societe generale'],
    ["L'Oréal SA", 'loreal'],
    ['Acme SAS', 'acme'],
    ['Dupont & Cie', 'dupont'],
    ['Renault et Cie', 'renault'],
    ['Café de Flore SARL', 'cafe de flore'],
    ['Acme Société à Responsabilité Limitée', 'acme'],
    // Spanish
    ['Telefónica, S.A.', 'telefonica'],
    ['Grupo Bimbo, S.A.B. de C.V.', 'grupo bimbo'],
    ['Acme S. de R.L. de C.V.', 'acme'],
    ['Pérez y Cía.', 'perez'],
    ['Mercadona S.L.', 'mercadona'],
    ['Compañía Española de Petróleos Sociedad Anónima', 'compania espanola de petroleos'],
    // Dutch
    ['Koninklijke Philips N.V.', 'koninklijke philips'],
    ['Acme B.V.', 'acme'],
    ['Van der Berg V.O.F.', 'van der berg'],
    ['Acme Besloten Vennootschap', 'acme'],
    // Italian
    ['Fiat S.p.A.', 'fiat'],
    ['Ferrari SpA', 'ferrari'],
    ['Acme S.r.l.', 'acme'],
    ['Caffè Nero Società per Azioni', 'caffe nero'],
    // Full-width forms
    ['ＡＣＭＥ　ＴＲＡＤＩＮＧ　ＣＯ．，ＬＴＤ．', 'acme trading'],
    ['Ａｃｍｅ＆Ｃｏ', 'acme'],
  ])('%j → %j', (raw, key) => {
    expect(normalizeCompanyName(raw)).toBe(key);
  });

  it.each([
    ['Co., Ltd.'], ['有限公司'], ['株式会社'], ['GmbH'], ['Inc.'], ['S.A. de C.V.'], ['& Co.'], ['The Company'], ['!!!'], ['   '], [''],
  ])('a name of only a legal form or punctuation, %j, leaves nothing', (raw) => {
    expect(normalizeCompanyName(raw)).toBe('');
  });

  it.each([
    [['Acme Trading Co., Ltd.', 'ACME TRADING LIMITED', 'acme trading', 'The Acme Trading Company', 'Acme Trading, Inc.', 'ａｃｍｅ　ｔｒａｄｉｎｇ']],
    [['Société Générale S.A.', 'Societe Generale', 'SOCIÉTÉ GÉNÉRALE']],
    [['Procter & Gamble Co.', 'Procter and Gamble', 'PROCTER & GAMBLE']],
    [['トヨタ自動車株式会社', 'トヨタ自動車(株)', '㈱トヨタ自動車', '株式会社トヨタ自動車']],
    [['中国平安保险(集团)股份有限公司', '中国平安保险集团股份有限公司', '中国平安保险股份有限公司']],
  ])('spellings of one company share a key: %j', (spellings) => {
    expect(new Set(spellings.map(normalizeCompanyName)).size).toBe(1);
  });

  it.each([
    ['China Trading Co.', 'China Technology Ltd'],
    ['Shanghai Technology', 'Beijing Technology'],
    ['Acme Trading', 'Acme Technology'],
    ['Acme International Inc.', 'Acme Inc.'],
    ['Acme China Ltd', 'Acme Ltd'],
    ['Acme Group', 'Acme'],
    ['上海科技有限公司', '北京科技有限公司'],
    ['Acme Trading (Shanghai) Co., Ltd.', 'Acme Trading (Beijing) Co., Ltd.'],
    ['Ball Corporation', 'Pall Corporation'],
    ['EMC Corporation', 'FMC Corporation'],
    ['ガス', 'カス'],
  ])('false friends stay apart: %j ≠ %j', (a, b) => {
    expect(normalizeCompanyName(a)).not.toBe(normalizeCompanyName(b));
  });

  // What people write after (or around) a name that is not part of it: each rule with a pair that must meet and a pair that must not.
  it.each([
    ['Acme N.V., Arnhem', 'Acme N.V.'],
    ['Acme Trading Co., Ltd., Shanghai Branch', 'Acme Trading Co., Ltd.'],
    ['Naamloze Vennootschap Acme', 'Acme N.V.'],
    ['Société Anonyme Acme', 'ACME S.A.'],
    ['D S M N. V.', 'DSM N.V.'],
    ['K L M N.V.', 'KLM'],
    ['Spago (Los Angeles)', 'Spago'],
    ['Hilton - London', 'Hilton'],
    ['Acme Ltd (Beijing Branch)', 'Acme Ltd'],
    ['海底捞（北京）', '海底捞'],
    ['Palm, The', 'The Palm'],
  ])('a qualifier or a form out of place does not tell companies apart: %j = %j', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  it.each([
    ['Acme, Arnhem', 'Acme'],
    ['Smith, Jones', 'Smith'],
    ['SA Power Networks', 'Power Networks'],
    ['U S A', 'U'],
    ['Metropolitan Family Services - Midway Center', 'Metropolitan Family Services'],
    ['Acme (International)', 'Acme'],
    ['Acme (China) Co., Ltd.', 'Acme Co., Ltd.'],
    ['Coca-Cola', 'Coca'],
    ['Palm Beach, The Club', 'Palm Beach'],
  ])('what says which company stays: %j ≠ %j', (a, b) => {
    expect(normalizeCompanyName(a)).not.toBe(normalizeCompanyName(b));
  });

  it('keeps a name that is only a qualifier', () => {
    expect(normalizeCompanyName('(Los Angeles)')).toBe('los angeles');
    expect(normalizeCompanyName('London')).toBe('london');
  });

  it('copes with absurd input quickly', () => {
    const started = Date.now();
    expect(normalizeCompanyName('x'.repeat(10_000))).toHaveLength(10_000);
    expect(normalizeCompanyName('Co '.repeat(3_000))).toBe('');
    expect(normalizeCompanyName('Acme Ltd, '.repeat(1_000)).length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
