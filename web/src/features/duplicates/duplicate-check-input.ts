import { cleanText, LIMITS, normalizeCompanyName, validateCustomerFields } from '@berth/domain';
import type { DuplicateCheckInput } from './duplicate-types';

/** The form fields a duplicate check reads. */
export interface DuplicateCheckFields {
  companyName: string;
  website: string;
  email: string;
  phone: string;
  /** The customer's other names, each checked like the company name. */
  aliases?: readonly { name: string }[];
}

export const DUPLICATE_CHECK_FIELDS = ['companyName', 'website', 'email', 'phone'] as const;

/** Fewer characters than this match half of Berth: the name waits until it says something. */
export const MIN_NAME_LENGTH = 2;

/** A name worth asking about: long enough to say something, and more than a legal form ("Co", "GmbH"), which the server refuses. */
function nameWorthChecking(name: string): boolean {
  return name.length >= MIN_NAME_LENGTH && name.length <= LIMITS.companyName && normalizeCompanyName(name) !== '';
}

/** The other names to check: typed ones that say something, each once. */
export function checkedAliasNames(fields: DuplicateCheckFields): string[] {
  const names = (fields.aliases ?? []).flatMap(({ name }) => cleanText(name) ?? []);
  return [...new Set(names.filter(nameWorthChecking))];
}

/**
 * What to ask `checkDuplicates` while the user types, or null when there is nothing worth
 * asking. A value still being typed ("acme@", "+86 21") is left out rather than sent: the
 * form reports its problem when the field is left, and the check uses the rest meanwhile.
 */
export function toDuplicateCheckInput(fields: DuplicateCheckFields, excludeCustomerId?: string): DuplicateCheckInput | null {
  const cleaned = {
    companyName: cleanText(fields.companyName) ?? undefined,
    website: cleanText(fields.website) ?? undefined,
    email: cleanText(fields.email) ?? undefined,
    phone: cleanText(fields.phone) ?? undefined,
  };
  const invalid = new Set(validateCustomerFields(cleaned, { requireName: false }).map((p) => p.field));
  if (!nameWorthChecking(cleaned.companyName ?? '')) invalid.add('companyName');

  const input: DuplicateCheckInput = {};
  for (const field of DUPLICATE_CHECK_FIELDS) {
    const value = cleaned[field];
    if (value && !invalid.has(field)) input[field] = value;
  }
  const aliases = checkedAliasNames(fields);
  if (aliases.length > 0) input.aliases = aliases;
  if (Object.keys(input).length === 0) return null;
  return excludeCustomerId ? { ...input, excludeCustomerId } : input;
}

/** True when any field the check reads differs (after cleaning) between two sets of values. */
export function duplicateFieldsDiffer(a: DuplicateCheckFields, b: DuplicateCheckFields): boolean {
  return (
    DUPLICATE_CHECK_FIELDS.some((field) => (cleanText(a[field]) ?? '') !== (cleanText(b[field]) ?? '')) ||
    checkedAliasNames(a).join('\n') !== checkedAliasNames(b).join('\n')
  );
}
