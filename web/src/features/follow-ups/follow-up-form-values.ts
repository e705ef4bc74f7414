import {
  cleanText,
  DEFAULT_POOL_POLICY,
  followUpContentLength,
  isValidFollowUp,
  validateFollowUpFields,
  type FieldProblem,
  type FollowUpType,
  type RecyclePolicy,
} from '@berth/domain';
import { toFieldErrors, type FieldErrors } from '../../shared/forms/field-errors';
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../shared/forms/date-time-input';
import { FOLLOW_UP_FIELD_LABELS, FOLLOW_UP_TYPE_PLURALS } from './follow-up-labels';

export interface FollowUpFormValues {
  type: FollowUpType;
  content: string;
  /** datetime-local values, in the viewer's zone. */
  occurredAt: string;
  nextStep: string;
  remindAt: string;
}

/** LogFollowUpInput as sent. */
export interface LogFollowUpInput {
  customerId: string;
  type: FollowUpType;
  content: string;
  occurredAt: string;
  nextStep: string | null;
  remindAt: string | null;
}

/** A call just now is the common case. */
export function emptyFollowUpForm(now: Date = new Date()): FollowUpFormValues {
  return { type: 'CALL', content: '', occurredAt: toDateTimeInputValue(now), nextStep: '', remindAt: '' };
}

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
export function followUpProblemsToErrors(problems: FieldProblem[]): FieldErrors {
  return toFieldErrors(problems, FOLLOW_UP_FIELD_LABELS);
}

/**
 * The server's rules (`validateFollowUpFields`), checked in the browser first. The date-time
 * boxes can also hold what is not a time at all, which the API's types never see.
 */
export function validateFollowUpForm(values: FollowUpFormValues, now: Date = new Date()): FieldErrors {
  const problems: FieldProblem[] = [];
  const occurredAt = fromDateTimeInputValue(values.occurredAt);
  const remindAt = fromDateTimeInputValue(values.remindAt);
  if (!values.occurredAt.trim()) problems.push({ field: 'occurredAt', message: 'is required' });
  else if (!occurredAt) problems.push({ field: 'occurredAt', message: 'is not a valid date and time' });
  if (values.remindAt.trim() && !remindAt) problems.push({ field: 'remindAt', message: 'is not a valid date and time' });
  const shared = validateFollowUpFields(
    { type: values.type, content: values.content, occurredAt: occurredAt ?? now, nextStep: values.nextStep, remindAt: occurredAt ? remindAt : null },
    now,
  );
  return followUpProblemsToErrors([...problems, ...shared]);
}

/** The kinds the policy counts, for running text: "calls, visits, meetings and emails". */
export function countedKinds(policy: RecyclePolicy = DEFAULT_POOL_POLICY): string {
  const words = policy.followUpTypes.map((t) => FOLLOW_UP_TYPE_PLURALS[t]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export type CountedHint = { counts: true } | { counts: false; why: string };

/**
 * Whether the follow-up being typed will count (`counted`) and so extend protection, by the
 * rule the server applies when it is logged (`isValidFollowUp`); if not, what to change.
 */
export function countedHint(values: Pick<FollowUpFormValues, 'type' | 'content'>, policy: RecyclePolicy = DEFAULT_POOL_POLICY): CountedHint {
  if (isValidFollowUp(values, policy)) return { counts: true };
  if (!policy.followUpTypes.includes(values.type)) return { counts: false, why: `only ${countedKinds(policy)} count` };
  const length = followUpContentLength(values.content);
  return { counts: false, why: `write at least ${policy.minFollowUpLength} characters (${length} so far)` };
}
