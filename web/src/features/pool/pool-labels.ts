import { ASSIGNMENT_STRATEGIES, type AssignmentStrategy } from '@berth/domain';
import type { MessageKey } from '../../i18n/catalogue/en';
import { keysFor } from '../../i18n/message-keys';
import type { Translate } from '../../i18n/translator';
import { refusalWording } from '../moves/move-labels';
import { POOL_ENTRY_KINDS, TIME_IN_POOL_CHOICES, type PoolEntryKind, type TimeInPool } from './pool-filter';

export const ENTRY_KIND_LABELS: Record<PoolEntryKind, MessageKey> = keysFor('pool.entryKind', POOL_ENTRY_KINDS);

/** How each kind came about, for the history timeline. */
export const ENTRY_KIND_DESCRIPTIONS: Record<PoolEntryKind, MessageKey> = keysFor('pool.entryKindDescription', POOL_ENTRY_KINDS);

export const TIME_IN_POOL_LABELS: Record<TimeInPool, MessageKey> = keysFor('pool.filter.timeInPool', TIME_IN_POOL_CHOICES);

const STRATEGY_NAMES = keysFor('pool.strategy', ASSIGNMENT_STRATEGIES);
const STRATEGY_EXPLANATIONS = keysFor('pool.strategyExplanation', ASSIGNMENT_STRATEGIES);

export const STRATEGY_LABELS: Record<AssignmentStrategy, { label: MessageKey; explanation: MessageKey }> = {
  ROUND_ROBIN: { label: STRATEGY_NAMES.ROUND_ROBIN, explanation: STRATEGY_EXPLANATIONS.ROUND_ROBIN },
  FEWEST_HELD_FIRST: { label: STRATEGY_NAMES.FEWEST_HELD_FIRST, explanation: STRATEGY_EXPLANATIONS.FEWEST_HELD_FIRST },
};

/** Assignment refusals in a manager's words, by code. */
export const assignRefusalMessage = refusalWording(
  keysFor('pool.assignRefusal', ['NOT_VISIBLE', 'ALREADY_OWNED', 'HOLDING_CAP_REACHED'] as const),
  'pool.assignRefusal.other',
);

/** "3 days in the pool", "5 hours in the pool", from whole units only. */
export function timeInPool(enteredAt: string, now: Date, t: Translate): string {
  const ms = Math.max(0, now.getTime() - new Date(enteredAt).getTime());
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return t('pool.waiting.days', { count: days });
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 1) return t('pool.waiting.hours', { count: hours });
  return t('pool.waiting.justEntered');
}

/**
 * A reason the server sent only as English text, as a sentence: releases ("released: moving
 * North to South") and entries from before reasons were kept as data (`entryReasonText` words
 * the rest). The kind beside it already says returned, recycled or released, so the prefix goes
 * and the rest starts with a capital; the rest (a manager's or rep's words) is shown as written.
 */
export function reasonText(reason: string): string {
  const rest = reason.replace(/^(returned|recycled|released):\s*/i, '').trim();
  return rest ? rest.charAt(0).toLocaleUpperCase() + rest.slice(1) : reason;
}
