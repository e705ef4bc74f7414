import {
  cleanList,
  cleanText,
  fieldProblem,
  normalizeCompanyName,
  validateAliases,
  validateCustomerFields,
  type AliasKind,
  type CustomerAlias,
  type CustomerStatus,
  type FieldProblem,
} from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { toFieldErrors, type FieldErrors } from '../../shared/forms/field-errors';
import { remapItemProblems } from '../../shared/forms/list-entries';
import { CUSTOMER_FIELD_LABELS } from './customer-labels';
import type { CreateCustomerInput, UpdateCustomerInput } from '../../gql/graphql';
import type { EditCustomerDialogCustomer } from './components/EditCustomerDialog.fragment';
import { translated } from '../../i18n/message-keys';

/** What the form edits: plain strings, so inputs are always controlled. */
export interface CustomerFormValues {
  companyName: string;
  /** Other names, one row each on screen; a row left without a name is not sent. */
  aliases: CustomerAlias[];
  website: string;
  email: string;
  phone: string;
  industry: string;
  regionId: string;
  source: string;
  tags: string[];
  tier: string;
  status: CustomerStatus;
}

export const CUSTOMER_FORM_FIELDS = Object.keys(CUSTOMER_FIELD_LABELS);

export const EMPTY_CUSTOMER_FORM: CustomerFormValues = {
  companyName: '',
  aliases: [],
  website: '',
  email: '',
  phone: '',
  industry: '',
  regionId: '',
  source: '',
  tags: [],
  tier: '',
  status: 'NEW',
};

export function formValuesFromCustomer(customer: EditCustomerDialogCustomer): CustomerFormValues {
  return {
    companyName: customer.companyName,
    aliases: customer.aliases.map(({ kind, name }) => ({ kind, name })),
    website: customer.website ?? '',
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    industry: customer.industry ?? '',
    regionId: customer.region?.id ?? '',
    source: customer.source ?? '',
    tags: customer.tags,
    tier: customer.tier.code,
    status: customer.status,
  };
}

/** A new row's kind: the English name is what a Chinese company is most often also called. */
export function suggestedAliasKind(companyName: string, rows: readonly CustomerAlias[]): AliasKind {
  const chinese = /\p{Script=Han}/u.test(companyName);
  return chinese && !rows.some((row) => row.kind === 'ENGLISH_NAME') ? 'ENGLISH_NAME' : 'FORMER_NAME';
}

/** The aliases as sent (trimmed, rows without a name left out), and the on-screen row of each. */
function sentAliases(rows: readonly CustomerAlias[]): { aliases: CustomerAlias[]; origin: number[] } {
  const aliases: CustomerAlias[] = [];
  const origin: number[] = [];
  rows.forEach((row, index) => {
    const name = cleanText(row.name);
    if (name) {
      aliases.push({ kind: row.kind, name });
      origin.push(index);
    }
  });
  return { aliases, origin };
}

/** The values as the server will store them: trimmed, blanks as null, tags deduplicated. */
function cleaned(values: CustomerFormValues) {
  return {
    companyName: cleanText(values.companyName) ?? null,
    aliases: sentAliases(values.aliases).aliases,
    website: cleanText(values.website) ?? null,
    email: cleanText(values.email) ?? null,
    phone: cleanText(values.phone) ?? null,
    industry: cleanText(values.industry) ?? null,
    regionId: values.regionId || null,
    source: cleanText(values.source) ?? null,
    tags: cleanList(values.tags) ?? [],
    tier: values.tier || null,
    status: values.status,
  };
}

/** Server or browser problems, on the rows they are about, phrased with the form's labels in the viewer's language. */
export function customerProblemsToErrors(problems: FieldProblem[], values: CustomerFormValues, t: Translate): FieldErrors {
  const placed = remapItemProblems(problems, 'aliases', sentAliases(values.aliases).origin);
  return toFieldErrors(placed, translated(CUSTOMER_FIELD_LABELS, t), t);
}

/** Validated with the same rules the server applies, on the same cleaned values. */
export function validateCustomerForm(values: CustomerFormValues, t: Translate): FieldErrors {
  const c = cleaned(values);
  const problems = validateCustomerFields(c, { requireName: true });
  // The duplicate check refuses a name with nothing left once legal forms are folded away ("Co., Ltd.").
  if (c.companyName && normalizeCompanyName(c.companyName) === '') problems.push(fieldProblem('companyName', 'NAME_WITHOUT_SUBSTANCE'));
  problems.push(...validateAliases(c.aliases, c.companyName));
  return customerProblemsToErrors(problems, values, t);
}

/** Create: send what was filled in; an unset tier lets the server apply its default. */
export function toCreateInput(values: CustomerFormValues): CreateCustomerInput {
  const c = cleaned(values);
  const input: CreateCustomerInput = { companyName: c.companyName ?? '', tags: c.tags, status: c.status };
  for (const key of ['website', 'email', 'phone', 'industry', 'regionId', 'source', 'tier'] as const) {
    if (c[key] !== null) input[key] = c[key];
  }
  if (c.aliases.length > 0) input.aliases = c.aliases;
  return input;
}

/**
 * Update: only what changed, so a concurrent edit of another field is not overwritten. null clears;
 * the aliases, when changed, go as the whole list (it replaces the stored one; [] clears).
 */
export function toUpdateInput(values: CustomerFormValues, initial: CustomerFormValues): UpdateCustomerInput {
  const now = cleaned(values);
  const before = cleaned(initial);
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) input[key] = now[key];
  }
  return input as UpdateCustomerInput;
}
