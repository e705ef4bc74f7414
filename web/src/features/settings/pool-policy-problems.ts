import { fieldProblem, validatePoolPolicy, type FieldProblem } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { phraseProblem, type FieldErrors } from '../../shared/forms/field-errors';
import { toDomainPolicy, toPolicyInput, type PolicyFormValues } from './pool-policy-form';
import { policyFieldLabel } from './pool-policy-labels';

/** The domain's own rules for the admin's edit, with a blank box called "required" rather than "not a whole number". */
export function validatePolicyForm(values: PolicyFormValues, tierCodes: readonly string[], t: Translate): FieldErrors {
  const problems = validatePoolPolicy(toDomainPolicy(toPolicyInput(values)), { tierCodes }).map((problem) =>
    isBlank(values, problem.field) ? fieldProblem(problem.field, 'REQUIRED') : problem,
  );
  return placePolicyProblems(problems, values, t).fields;
}

function isBlank(values: PolicyFormValues, path: string): boolean {
  const [head, second] = path.split('.');
  if (head === 'protectionDays' || head === 'noDealDays') return second === 'default' && values[head].default.trim() === '';
  const value = (values as unknown as Record<string, unknown>)[head];
  return path === head && typeof value === 'string' && value.trim() === '';
}

/**
 * Puts problems (the browser's or the server's, same paths) where the form shows them:
 * `followUpTypes.3` under the follow-up choices, `returnReasons.2.label` under that row's label,
 * a tier the form has a box for under that box. Anything else is returned to show above the form.
 */
export function placePolicyProblems(problems: FieldProblem[], values: PolicyFormValues, t: Translate): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const problem of problems) {
    const { field } = problem;
    const key = placeFor(field, values);
    const text = phraseProblem(policyFieldLabel(field, t), problem, t);
    if (key === null) general.push(text);
    else if (!(key in fields)) fields[key] = text;
  }
  return { fields, general };
}

const SCALAR_FIELDS = new Set([
  'teamTimeZone', 'minFollowUpLength', 'extensionDays', 'combination', 'excludeWon', 'excludeLocked', 'reminderLeadDays',
  'dailyClaimLimit', 'holdingCap', 'holdingCapCountsWon', 'previousOwnerCooldownDays', 'newEntryCooldownHours', 'returnReasons',
  'departuresNeedApproval', 'crossDepartmentMovesNeedApproval',
]);

function placeFor(field: string, values: PolicyFormValues): string | null {
  const parts = field.split('.');
  const [head, second, third] = parts;
  if (SCALAR_FIELDS.has(field)) return field;
  if (head === 'followUpTypes') return 'followUpTypes';
  if (head === 'protectionDays' || head === 'noDealDays') {
    if (field === `${head}.default`) return field;
    const tier = parts.slice(2).join('.');
    return second === 'byTier' && tier in values[head].byTier ? field : null;
  }
  if (head === 'returnReasons' && /^\d+$/.test(second ?? '') && Number(second) < values.returnReasons.length) {
    return third === 'code' || third === 'label' ? field : `returnReasons.${second}`;
  }
  return null;
}
