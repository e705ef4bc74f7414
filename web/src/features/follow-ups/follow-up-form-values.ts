import {
  cleanText,
  DEFAULT_POOL_POLICY,
  fieldProblem,
  followUpContentLength,
  isValidFollowUp,
  validateFollowUpFields,
  type FieldProblem,
  type FollowUpType,
  type RecyclePolicy,
} from '@berth/domain';
import type { LogFollowUpInput } from '../../gql/graphql';
import type { Translate } from '../../i18n/translator';
import { toFieldErrors, type FieldErrors } from '../../shared/forms/field-errors';
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../shared/forms/date-time-input';
import { translated } from '../../i18n/message-keys';
import { FOLLOW_UP_FIELD_LABELS, FOLLOW_UP_TYPE_PLURALS } from './follow-up-labels';

export interface FollowUpFormValues {
  type: FollowUpType;
  content: string;
  /** datetime-local values, in the viewer's zone. */
  occurredAt: string;
  nextStep: string;
  remindAt: string;
}

/** A call just now is the common case. */
export function emptyFollowUpForm(now: Date = new Date()): FollowUpFormValues {
  return { type: 'CALL', content: '', occurredAt: toDateTimeInputValue(now), nextStep: '', remindAt: '' };
}

/** LogFollowUpInput as sent. */
export function toLogFollowUpInput(customerId: string, values: FollowUpFormValues): LogFollowUpInput {
  return {
    customerId,
    type: values.type,
    content: cleanText(values.content) ?? '',
    occurredAt: fromDateTimeInputValue(values.occurredAt)?.toISOString() ?? '',
    nextStep: cleanText(values.nextStep) ?? null,
    remindAt: fromDateTimeInputValue(values.remindAt)?.toISOString() ?? null,
  };
}

/** Browser or server problems, phrased with the form's labels ("Reminder cannot be before the follow-up"). */
export function followUpProblemsToErrors(problems: FieldProblem[], t: Translate): FieldErrors {
  return toFieldErrors(problems, translated(FOLLOW_UP_FIELD_LABELS, t), t);
}

/** Not a time at all, as a whole sentence: an English predicate cannot follow a label in another language. */
function notADateTime(field: 'occurredAt' | 'remindAt', t: Translate): FieldProblem {
  return { field, message: t('followUps.form.invalidDateTime', { label: t(FOLLOW_UP_FIELD_LABELS[field]) }) };
}

/**
 * The server's rules (`validateFollowUpFields`), checked in the browser first. The date-time
 * boxes can also hold what is not a time at all, which the API's types never see.
 */
export function validateFollowUpForm(values: FollowUpFormValues, t: Translate, now: Date = new Date()): FieldErrors {
  const problems: FieldProblem[] = [];
  const occurredAt = fromDateTimeInputValue(values.occurredAt);
  const remindAt = fromDateTimeInputValue(values.remindAt);
  if (!values.occurredAt.trim()) problems.push(fieldProblem('occurredAt', 'REQUIRED'));
  else if (!occurredAt) problems.push(notADateTime('occurredAt', t));
  if (values.remindAt.trim() && !remindAt) problems.push(notADateTime('remindAt', t));
  const shared = validateFollowUpFields(
    { type: values.type, content: values.content, occurredAt: occurredAt ?? now, nextStep: values.nextStep, remindAt: occurredAt ? remindAt : null },
    now,
  );
  return followUpProblemsToErrors([...problems, ...shared], t);
}

/** The kinds the policy counts, for running text: "calls, visits, meetings and emails" / "电话、拜访、会议和邮件". */
export function countedKinds(t: Translate, policy: RecyclePolicy = DEFAULT_POOL_POLICY): string {
  const words = policy.followUpTypes.map((type) => t(FOLLOW_UP_TYPE_PLURALS[type]));
  if (words.length <= 1) return words.join('');
  return t('followUps.kinds.last', { rest: words.slice(0, -1).join(t('followUps.kinds.separator')), last: words[words.length - 1] });
}

export type CountedHint = { counts: true } | { counts: false; why: string };

/**
 * Whether the follow-up being typed will count (`counted`) and so extend protection, by the
 * rule the server applies when it is logged (`isValidFollowUp`); if not, what to change.
 */
export function countedHint(
  values: Pick<FollowUpFormValues, 'type' | 'content'>,
  t: Translate,
  policy: RecyclePolicy = DEFAULT_POOL_POLICY,
): CountedHint {
  if (isValidFollowUp(values, policy)) return { counts: true };
  if (!policy.followUpTypes.includes(values.type)) return { counts: false, why: t('followUps.hint.onlyKinds', { kinds: countedKinds(t, policy) }) };
  const length = followUpContentLength(values.content);
  return { counts: false, why: t('followUps.hint.tooShort', { min: policy.minFollowUpLength, length }) };
}
