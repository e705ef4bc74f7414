import { fieldProblem, problemOf, type FieldProblem } from './errors';
import { LIMITS } from './customer-fields';
import { check, email, maxLength, pastDate, phone, required, website } from './field-rules';

export interface CustomerFieldsInput {
  companyName?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  industry?: string | null;
  source?: string | null;
  tags?: string[] | null;
}

/**
 * Field problems of a customer create (`requireName`) or a partial update.
 * Returns every problem at once so a form can mark all fields in one pass.
 */
export function validateCustomerFields(input: CustomerFieldsInput, { requireName }: { requireName: boolean }) {
  const problems: FieldProblem[] = [];
  if (requireName || input.companyName !== undefined) {
    const failure = required(input.companyName);
    if (failure) problems.push(problemOf('companyName', failure));
  }
  check(problems, 'companyName', input.companyName, maxLength(LIMITS.companyName));
  check(problems, 'website', blankToNull(input.website), maxLength(LIMITS.website), website);
  check(problems, 'email', blankToNull(input.email), maxLength(LIMITS.email), email);
  check(problems, 'phone', blankToNull(input.phone), maxLength(LIMITS.phone), phone);
  check(problems, 'industry', input.industry, maxLength(LIMITS.industry));
  check(problems, 'source', input.source, maxLength(LIMITS.source));
  if (input.tags) {
    if (input.tags.length > LIMITS.tags) problems.push(fieldProblem('tags', 'TOO_MANY', { max: LIMITS.tags }));
    input.tags.forEach((tag, i) => check(problems, `tags.${i}`, tag, required, maxLength(LIMITS.tag)));
  }
  return problems;
}

export interface ContactFieldsInput {
  name?: string | null;
  title?: string | null;
  phones?: string[] | null;
  emails?: string[] | null;
  birthday?: string | null;
}

/** `today` is the viewer's calendar date (YYYY-MM-DD): birthdays cannot be after it. */
export function validateContactFields(input: ContactFieldsInput, { requireName, today }: { requireName: boolean; today: string }) {
  const problems: FieldProblem[] = [];
  if (requireName || input.name !== undefined) {
    const failure = required(input.name);
    if (failure) problems.push(problemOf('name', failure));
  }
  check(problems, 'name', input.name, maxLength(LIMITS.contactName));
  check(problems, 'title', input.title, maxLength(LIMITS.contactTitle));
  listRules(problems, 'phones', input.phones, LIMITS.contactPhones, (f, v) => check(problems, f, v, maxLength(LIMITS.phone), phone));
  listRules(problems, 'emails', input.emails, LIMITS.contactEmails, (f, v) => check(problems, f, v, maxLength(LIMITS.email), email));
  check(problems, 'birthday', blankToNull(input.birthday), pastDate(today));
  return problems;
}

function listRules(
  problems: FieldProblem[],
  field: string,
  values: string[] | null | undefined,
  max: number,
  each: (field: string, value: string) => void,
) {
  if (!values) return;
  if (values.length > max) problems.push(fieldProblem(field, 'TOO_MANY', { max }));
  values.forEach((v, i) => each(`${field}.${i}`, v));
}

function blankToNull(v: string | null | undefined): string | null | undefined {
  return typeof v === 'string' && v.trim() === '' ? null : v;
}
