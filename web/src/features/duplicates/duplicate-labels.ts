import { DUPLICATE_ACTIONS, DUPLICATE_DEMOTIONS, DUPLICATE_DIMENSIONS, MATCH_METHODS } from '@berth/domain';
import type { MessageKey } from '../../i18n/catalogue/en';
import { keysFor } from '../../i18n/message-keys';
import type { DuplicateAction, DuplicateDemotion, DuplicateDimension, MatchMethod } from './duplicate-types';

export const DIMENSION_LABELS: Record<DuplicateDimension, MessageKey> = keysFor('duplicates.dimension', DUPLICATE_DIMENSIONS);

/** Lower-case, for running text: "matches … on name, phone". */
export const DIMENSION_WORDS: Record<DuplicateDimension, MessageKey> = keysFor('duplicates.dimensionWord', DUPLICATE_DIMENSIONS);

export const METHOD_LABELS: Record<MatchMethod, MessageKey> = keysFor('duplicates.method', MATCH_METHODS);

export const ACTION_LABELS: Record<DuplicateAction, MessageKey> = keysFor('duplicates.action', DUPLICATE_ACTIONS);

/** Why a blocking match only warns. */
export const DEMOTION_LABELS: Record<DuplicateDemotion, MessageKey> = keysFor('duplicates.demotion', DUPLICATE_DEMOTIONS);
