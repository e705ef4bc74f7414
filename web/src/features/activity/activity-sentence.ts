import { CUSTOMER_STATUSES, COLLABORATOR_ACCESS, FOLLOW_UP_TYPES, type CollaboratorAccess, type CustomerStatus, type FollowUpType } from '@berth/domain';
import type { Formatter } from '../../i18n/formatter';
import type { MessageKey } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/translator';
import { STATUS_LABELS } from '../customers/customer-labels';
import { FOLLOW_UP_TYPE_LABELS } from '../follow-ups/follow-up-labels';
import { ACCESS_WORDS } from '../collaborators/collaborator-labels';
import type { ActivityItem } from './components/ActivityLog.fragment';

export interface SentenceContext {
  t: Translate;
  fmt: Formatter;
}

/** Fields whose values are ids, not words: the line says the field changed, not to what. */
const WITHOUT_VALUES = new Set(['regionId']);

function fieldName(field: string | null, t: Translate): string {
  const key = `activity.field.${field}`;
  return t.has(key) ? t(key) : t('activity.field.other');
}

/** The JSON a line carries, as words: lists joined, statuses and access by their labels, instants as dates. */
export function valueText(json: string | null, field: string | null, { t, fmt }: Pick<SentenceContext, 't' | 'fmt'>): string {
  if (json === null) return t('activity.empty.value');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  const word = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('activity.empty.value');
    if (field === 'status' && CUSTOMER_STATUSES.includes(v as CustomerStatus)) return t(STATUS_LABELS[v as CustomerStatus]);
    if (field === 'access' && COLLABORATOR_ACCESS.includes(v as CollaboratorAccess)) return t(ACCESS_WORDS[v as CollaboratorAccess]);
    if (field === 'expiresAt' && typeof v === 'string') return fmt.date(v);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  if (Array.isArray(value)) {
    return value.length === 0 ? t('activity.empty.value') : value.map(word).join(t('activity.listSeparator'));
  }
  return word(value);
}

/** "changed the X from A to B", "set the X to B" or "cleared the X (was A)", from one family of messages. */
function fieldChange(item: ActivityItem, family: 'customer' | 'contact', actor: string, ctx: SentenceContext): string {
  const { t } = ctx;
  const field = fieldName(item.field, t);
  if (item.field && WITHOUT_VALUES.has(item.field)) return t('activity.customer.touched', { actor, field });
  const before = valueText(item.before, item.field, ctx);
  const after = valueText(item.after, item.field, ctx);
  if (item.before === null) return t(`activity.${family}.set`, { actor, field, after });
  if (item.after === null) return t(`activity.${family}.cleared`, { actor, field, before });
  return t(`activity.${family}.changed`, { actor, field, before, after });
}

function ownerLine(item: ActivityItem, actor: string, { t }: SentenceContext): string {
  const from = item.fromUser?.name;
  const to = item.toUser?.name;
  switch (item.action) {
    case 'CREATE':
      return to ? t('activity.owner.CREATE', { to }) : t('activity.owner.CREATE.pool');
    case 'CLAIM':
      return t('activity.owner.CLAIM', { actor });
    case 'ASSIGN':
      return from ? t('activity.owner.ASSIGN.from', { actor, from, to }) : t('activity.owner.ASSIGN', { actor, to });
    case 'TRANSFER':
      return to ? t('activity.owner.TRANSFER', { actor, from, to }) : t('activity.owner.TRANSFER.pool', { actor, from });
    case 'RELEASE':
      return t('activity.owner.RELEASE', { actor, from });
    case 'RULE':
      return t('activity.owner.RULE');
    case 'IMPORT':
      return to ? t('activity.owner.IMPORT', { actor, to }) : t('activity.owner.IMPORT.pool', { actor });
    default:
      return t('activity.owner.RETURN', { actor });
  }
}

function followUpLine(item: ActivityItem, actor: string, { t }: SentenceContext): string {
  if (item.action !== 'ADD') return t('activity.followUp.other', { actor });
  const added = parse<{ type?: string; content?: string }>(item.after) ?? {};
  const type = FOLLOW_UP_TYPES.includes(added.type as FollowUpType) ? t(FOLLOW_UP_TYPE_LABELS[added.type as FollowUpType]) : (added.type ?? '');
  return t('activity.followUp.ADD', { actor, type, content: added.content ?? '' });
}

function collaboratorLine(item: ActivityItem, actor: string, ctx: SentenceContext): string {
  const { t, fmt } = ctx;
  const name = item.subjectUser?.name ?? t('activity.someone');
  if (item.action === 'REMOVE') {
    return item.actor && item.actor.id === item.subjectId ? t('activity.collaborator.left', { name: item.actor.name }) : t('activity.collaborator.REMOVE', { actor, name });
  }
  if (item.field === 'expiresAt') {
    const date = fmt.date(parse<string>(item.after));
    if (item.after === null) return t('activity.collaborator.noEnd', { actor, name });
    return item.action === 'ADD' ? t('activity.collaborator.until', { actor, name, date }) : t('activity.collaborator.expires', { actor, name, date });
  }
  if (item.action === 'ADD' || item.before === null) return t('activity.collaborator.ADD', { actor, name, access: valueText(item.after, 'access', ctx) });
  return t('activity.collaborator.access', { actor, name, before: valueText(item.before, 'access', ctx), after: valueText(item.after, 'access', ctx) });
}

function parse<T>(json: string | null): T | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

/**
 * One readable sentence for a line of the activity log, in the viewer's language: "Olga Owner
 * changed the company name from Beacon Ropes to Beacon Ropes and Sails", "The recycle rule moved
 * it to the pool". A line this code does not know yet still reads as "X changed the contacts".
 */
export function activitySentence(item: ActivityItem, ctx: SentenceContext): string {
  const { t } = ctx;
  const actor = item.actor?.name ?? t('activity.system');
  switch (item.subject) {
    case 'OWNER':
      return ownerLine(item, actor, ctx);
    case 'CUSTOMER':
      if (item.action === 'CREATE' || item.action === 'IMPORT') {
        return t(`activity.customer.${item.action}`, { actor, name: valueText(item.after, null, ctx) });
      }
      if (item.field) return fieldChange(item, 'customer', actor, ctx);
      break;
    case 'CONTACT':
      if (item.action === 'ADD') return t('activity.contact.ADD', { actor, name: valueText(item.after, null, ctx) });
      if (item.action === 'REMOVE') return t('activity.contact.REMOVE', { actor, name: valueText(item.before, null, ctx) });
      if (item.field === 'name' && item.before !== null && item.after !== null) {
        return t('activity.contact.renamed', { actor, before: valueText(item.before, null, ctx), after: valueText(item.after, null, ctx) });
      }
      if (item.field) return fieldChange(item, 'contact', actor, ctx);
      break;
    case 'FOLLOW_UP':
      return followUpLine(item, actor, ctx);
    case 'COLLABORATOR':
      return collaboratorLine(item, actor, ctx);
  }
  return t('activity.changed', { actor, subject: t(`activity.subject.${item.subject}` satisfies MessageKey) });
}
