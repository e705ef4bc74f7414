import { fieldProblem, type FieldProblem } from './errors';
import { LIMITS } from './customer-fields';
import { normalizeCompanyName } from './dedupe/company-name';
import { check, maxLength, required } from './field-rules';

/**
 * The other names a company goes by, each checked for duplicates like its main name: a name it
 * had before a renaming, its name in English or in Chinese (a Chinese company's registered
 * name and the one on its English card are both in use), and brands it trades under.
 */
export const ALIAS_KINDS = ['FORMER_NAME', 'ENGLISH_NAME', 'CHINESE_NAME', 'BRAND'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface CustomerAlias {
  kind: AliasKind;
  name: string;
}

/** Most aliases a customer carries: every one is a name to look up on each check. */
export const MAX_ALIASES = 20;

/**
 * Field problems of a customer's aliases, as `aliases` or `aliases.N.name`/`.kind`: at most 20;
 * each one a kind from the list and a name, no longer than a company name, that is more than a
 * legal form, not the company name itself (as the duplicate check compares names: "ACME Ltd." is
 * "Acme Limited") and not another alias of the list again.
 */
export function validateAliases(aliases: readonly { kind: string; name: string | null }[], companyName: string | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (aliases.length > MAX_ALIASES) return [fieldProblem('aliases', 'TOO_MANY', { max: MAX_ALIASES })];
  const mainKey = companyName ? normalizeCompanyName(companyName) : '';
  const seen = new Set<string>();
  aliases.forEach((alias, i) => {
    if (!(ALIAS_KINDS as readonly string[]).includes(alias.kind)) problems.push(fieldProblem(`aliases.${i}.kind`, 'NOT_AN_OPTION'));
    const field = `aliases.${i}.name`;
    const before = problems.length;
    check(problems, field, alias.name ?? '', required, maxLength(LIMITS.companyName));
    if (problems.length > before) return;
    const key = normalizeCompanyName(alias.name!);
    if (key === '') problems.push(fieldProblem(field, 'NAME_WITHOUT_SUBSTANCE'));
    else if (key === mainKey) problems.push(fieldProblem(field, 'SAME_AS_COMPANY_NAME'));
    else if (seen.has(key)) problems.push(fieldProblem(field, 'LISTED_TWICE', { value: alias.name! }));
    seen.add(key);
  });
  return problems;
}
