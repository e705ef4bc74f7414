/**
 * The columns of an import file and what they become. A trade-show file is whatever the show's
 * scanner or an assistant's Excel made of the cards, so headers are recognised in English and in
 * Chinese, in the spellings such files use; what a user maps by hand is remembered for them.
 */

import { LIMITS } from '../customer-fields';

/** What a column of a card file can fill: the customer's own fields, then its one contact's. */
export const IMPORT_FIELDS = [
  'companyName',
  'phone',
  'email',
  'website',
  'industry',
  'region',
  'source',
  'tags',
  'contactName',
  'contactTitle',
  'contactMobile',
  'contactEmail',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Limits of one import: the file, its rows, its columns; the trade show's name becomes a tag, so it is as long as a tag may be. */
export const IMPORT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  /** What a workbook's XML may unpack to in all, and its shared strings (held in memory while it is read). */
  maxUnpackedBytes: 400 * 1024 * 1024,
  maxSharedStringBytes: 48 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  maxCellLength: 2_000,
  maxSourceLength: LIMITS.tag,
} as const;

/**
 * Header spellings per field, as `normalizeHeader` leaves them. English ones follow what CRM
 * exports (Salesforce, HubSpot, Zoho lead files) name these columns; Chinese ones what WukongCRM,
 * CordysCRM and Excel card templates use, in simplified and traditional characters.
 */
const HEADER_SPELLINGS: Record<ImportField, readonly string[]> = {
  companyName: ['company', 'companyname', 'company name', 'organization', 'organisation', 'account', 'accountname', 'customer', 'customername', 'business name', 'firm', '公司名称', '公司', '公司名', '企业名称', '企业', '客户名称', '客户', '单位名称', '单位', '公司全称', '公司名稱', '客戶名稱', '企業名稱'],
  phone: ['phone', 'telephone', 'tel', 'office phone', 'company phone', 'main phone', 'landline', '电话', '座机', '固定电话', '办公电话', '公司电话', '联系电话', '電話', '公司電話'],
  email: ['email', 'e-mail', 'mail', 'company email', 'email address', '邮箱', '电子邮箱', '电子邮件', '公司邮箱', '郵箱', '電子郵件'],
  website: ['website', 'web', 'web site', 'url', 'homepage', 'home page', 'site', '网址', '网站', '官网', '主页', '公司网址', '網址', '網站'],
  industry: ['industry', 'sector', 'vertical', '行业', '所属行业', '行業'],
  region: ['region', 'area', 'territory', '地区', '区域', '所在地区', '地區', '區域'],
  source: ['source', 'lead source', 'origin', 'channel', '来源', '客户来源', '線索來源', '來源'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords', '标签', '標籤'],
  contactName: ['contact', 'contactname', 'contact name', 'contact person', 'full name', 'name', 'person', '联系人', '联系人姓名', '姓名', '联络人', '聯繫人', '聯絡人'],
  contactTitle: ['title', 'job title', 'position', 'role', 'designation', '职位', '职务', '头衔', '職位', '職務'],
  contactMobile: ['mobile', 'mobile phone', 'cell', 'cell phone', 'cellphone', 'mobile number', '手机', '手机号', '手机号码', '移动电话', '手機', '手機號碼'],
  contactEmail: ['contact email', 'personal email', 'work email', '联系人邮箱', '个人邮箱', '聯繫人郵箱'],
};

/**
 * A header as compared: Unicode-compatibility folded (full-width letters and digits become
 * ASCII), lower case, without the required-field star, a trailing colon, brackets with a hint
 * ("手机（必填）"), and with runs of spaces, underscores and dashes as one space.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, ' ')
    .replace(/[*＊:：]/g, ' ')
    .replace(/[\s_\-–]+/g, ' ')
    .trim();
}

const FIELD_OF_SPELLING: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_SPELLINGS[field].map((spelling) => [normalizeHeader(spelling), field] as const)),
);

/** Which field each column fills (null: none); a column index per field at most. */
export type ColumnMapping = (ImportField | null)[];

/**
 * The mapping to offer for a file's headers: what this user mapped such a header to before,
 * else the known spelling, else nothing. A field is taken by its first column only, so two
 * "Phone" columns never both write one field.
 */
export function guessColumns(headers: readonly string[], remembered: ReadonlyMap<string, ImportField | null> = new Map()): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = normalizeHeader(header);
    const field = remembered.has(key) ? remembered.get(key)! : FIELD_OF_SPELLING.get(key) ?? FIELD_OF_SPELLING.get(key.replace(/ /g, '')) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The headers whose mapping differs from what would be guessed without memory: what to remember for the user. */
export function mappingToRemember(headers: readonly string[], mapping: ColumnMapping): Map<string, ImportField | null> {
  const guessed = guessColumns(headers);
  const out = new Map<string, ImportField | null>();
  headers.forEach((header, i) => {
    if ((mapping[i] ?? null) !== guessed[i]) out.set(normalizeHeader(header), mapping[i] ?? null);
  });
  return out;
}
