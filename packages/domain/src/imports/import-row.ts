import { fieldProblem, problemOf, type FieldProblem } from '../errors';
import { cleanList } from '../input-cleaning';
import { unsafeTextProblem } from '../text-safety';
import { validateContactFields, validateCustomerFields } from '../customer-validation';
import { IMPORT_FIELDS, IMPORT_LIMITS, type ColumnMapping, type ImportField } from './import-columns';

/** One row of a card file, as the customer (and its one contact) it would become. */
export interface ImportCard {
  companyName: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  industry: string | null;
  /** A region's name as written; the server finds the region (or reports it unknown). */
  region: string | null;
  source: string | null;
  tags: string[];
  contact: { name: string; title: string | null; phones: string[]; emails: string[] } | null;
}

/** Tags in one cell, however the file separates them (commas, semicolons, the Chinese 、，； or bars). */
const TAG_SEPARATORS = /[,;|，；、\n]+/;

/**
 * A row's cells as a card, with every problem of the row at once, each naming the field (as the
 * import's columns call it). Cells are read as written: a blank is nothing; a cell with control
 * characters is refused rather than cleaned, since a card file that carries them was damaged
 * somewhere and the user should see where.
 */
export function cardFromRow(cells: readonly (string | null)[], mapping: ColumnMapping, today: string): { card: ImportCard; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const raw = new Map<ImportField, string>();
  mapping.forEach((field, i) => {
    const value = cells[i]?.trim();
    if (!field || !value) return;
    if (value.length > IMPORT_LIMITS.maxCellLength) return problems.push(fieldProblem(field, 'TOO_LONG', { max: IMPORT_LIMITS.maxCellLength }));
    const unsafe = unsafeTextProblem(value, field === 'tags' ? 'multiline' : 'line');
    if (unsafe) return problems.push(problemOf(field, unsafe));
    raw.set(field, value);
  });
  const get = (field: ImportField) => raw.get(field) ?? null;
  const contactName = get('contactName');
  const card: ImportCard = {
    companyName: get('companyName'),
    phone: get('phone'),
    email: get('email'),
    website: get('website'),
    industry: get('industry'),
    region: get('region'),
    source: get('source'),
    tags: cleanList((get('tags') ?? '').split(TAG_SEPARATORS)) ?? [],
    contact: null,
  };
  const contactOnly = ['contactTitle', 'contactMobile', 'contactEmail'].filter((f) => raw.has(f as ImportField));
  if (contactName !== null) {
    card.contact = { name: contactName, title: get('contactTitle'), phones: listOf(get('contactMobile')), emails: listOf(get('contactEmail')) };
  } else if (contactOnly.length) {
    // A mobile number without a name still belongs to someone at the company: keep it, named by the company.
    card.contact = { name: card.companyName ?? '', title: get('contactTitle'), phones: listOf(get('contactMobile')), emails: listOf(get('contactEmail')) };
  }
  if (problems.length === 0) {
    problems.push(...validateCustomerFields({ ...card }, { requireName: true }));
    if (card.contact) {
      const contactProblems = validateContactFields(card.contact, { requireName: true, today });
      problems.push(...contactProblems.map((p) => ({ ...p, field: contactFieldOf(p.field) })));
    }
  }
  return { card, problems: problems.map((p) => ({ ...p, field: p.field.replace(/^tags\.\d+$/, 'tags') })) };
}

/** A contact's phones or emails in one cell: one or several, separated as people type them. */
function listOf(cell: string | null): string[] {
  return cleanList((cell ?? '').split(/[,;，；/、\n]+/)) ?? [];
}

/** A contact problem under the import's own column names ("phones.0" was the mobile cell). */
function contactFieldOf(field: string): ImportField {
  if (field.startsWith('phones')) return 'contactMobile';
  if (field.startsWith('emails')) return 'contactEmail';
  if (field === 'title') return 'contactTitle';
  return 'contactName';
}

/** Every field a mapping may name, for checking a mapping sent by a client. */
export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** A mapping's problems: one column per field at most, and the company name mapped. */
export function columnMappingProblems(mapping: readonly (string | null)[], columnCount: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (mapping.length > columnCount) problems.push(fieldProblem('mapping', 'TOO_MANY', { max: columnCount }));
  const seen = new Set<string>();
  mapping.forEach((field, i) => {
    if (field === null) return;
    if (!isImportField(field)) problems.push(fieldProblem(`mapping.${i}`, 'NOT_AN_OPTION'));
    else if (seen.has(field)) problems.push(fieldProblem(`mapping.${i}`, 'LISTED_TWICE', { value: field }));
    seen.add(field);
  });
  if (!seen.has('companyName')) problems.push(fieldProblem('mapping', 'NEEDS_COMPANY_NAME'));
  return problems;
}
