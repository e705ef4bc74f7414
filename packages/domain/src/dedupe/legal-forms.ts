/**
 * Legal forms, written the way people write them, grouped by language. company-name.ts runs each
 * entry through the same text pipeline as names, so one spelling covers its variants
 * ("S. de R.L. de C.V." also covers "S DE RL DE CV"; "Société" also covers "SOCIETE").
 *
 * Only words that say what kind of legal entity a company is belong here. Words that tell
 * companies apart — "Trading", "Technology", "International", "China", "Group" — must stay in
 * the key, or "China Trading Co." and "China Technology Ltd" would become the same customer.
 * 集团 is the exception the product asks for: Chinese registers it as part of the entity form
 * ("…集团有限公司"), and "(集团)" is often dropped or kept for the same company.
 *
 * Forms written in Latin letters are removed only as whole words at the end of a name.
 * Chinese and Japanese forms are removed at the end or at the start, without word boundaries,
 * because those scripts do not put spaces between words.
 */
export const LEGAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  english: [
    'Inc.', 'Incorporated', 'Corp.', 'Corpn.', 'Corporation', 'Co.', 'Cos.', 'Company', 'Companies',
    'Ltd.', 'Limited', 'LLC', 'LLP', 'LP', 'LLLP', 'PLC', 'PLLC', 'Pty.', 'Pvt.', 'Private Limited',
    'Public Limited Company', 'Limited Liability Company', 'Limited Liability Partnership',
    'Limited Partnership', '& Co.', '& Company',
  ],
  chinese: [
    '有限公司', '有限责任公司', '有限責任公司', '股份有限公司', '股份公司', '责任有限公司', '責任有限公司',
    '集团', '集團', '分公司', '总公司', '總公司', '公司', '有限合伙', '有限合夥', '普通合伙', '普通合夥',
  ],
  german: [
    'GmbH', 'gGmbH', 'mbH', 'AG', 'KG', 'KGaA', 'OHG', 'GbR', 'UG', 'UG (haftungsbeschränkt)',
    'UG (haftungsbeschraenkt)', 'e.K.', 'e.V.', 'SE', '& Co. KG', 'Aktiengesellschaft',
    'Gesellschaft mit beschränkter Haftung', 'Gesellschaft mit beschraenkter Haftung',
    'Kommanditgesellschaft', 'Offene Handelsgesellschaft',
  ],
  french: [
    'SA', 'SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCS', 'SCA', 'SCOP', 'Cie', 'et Cie', '& Cie', 'Ltée',
    'Limitée', 'Société Anonyme', 'Société par Actions Simplifiée', 'Société à Responsabilité Limitée',
    'Société en Nom Collectif',
  ],
  spanish: [
    'S.A.', 'S.L.', 'S.L.U.', 'S.A.U.', 'S.R.L.', 'S.A. de C.V.', 'S.A.B. de C.V.', 'S. de R.L.',
    'S. de R.L. de C.V.', 'S. Coop.', 'Cía.', 'y Cía.', 'Ltda.', 'Sociedad Anónima', 'Sociedad Limitada',
    'Sociedad de Responsabilidad Limitada',
  ],
  dutch: [
    'B.V.', 'N.V.', 'V.O.F.', 'C.V.', 'BVBA', 'U.A.', 'Besloten Vennootschap', 'Naamloze Vennootschap',
    'Commanditaire Vennootschap', 'Vennootschap onder Firma',
  ],
  italian: [
    'S.p.A.', 'S.r.l.', 'S.r.l.s.', 'S.a.s.', 'S.n.c.', 'S.c.r.l.', 'S.c.a.r.l.', 'S.a.p.a.',
    'Società per Azioni', 'Società a Responsabilità Limitata', 'Società in Accomandita Semplice',
    'Società in Nome Collettivo',
  ],
  japanese: [
    '株式会社', '有限会社', '合同会社', '合資会社', '合名会社', 'K.K.', 'Kabushiki Kaisha',
    'Kabushiki Gaisha', 'Y.K.', 'Yugen Kaisha', 'G.K.', 'Godo Kaisha',
  ],
};

/**
 * Japanese abbreviates forms as a bracketed character: (株) or the single glyph ㈱, which NFKC
 * turns into "(株)". The bare character is too common to strip ("株洲" is a city), so only the
 * bracketed spelling is expanded to its full form, which is then stripped like any other.
 */
export const BRACKETED_JAPANESE_FORMS: Readonly<Record<string, string>> = {
  株: '株式会社',
  有: '有限会社',
  同: '合同会社',
  資: '合資会社',
  名: '合名会社',
};
