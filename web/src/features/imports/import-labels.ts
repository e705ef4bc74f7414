import {
  DUPLICATE_IN_FILE_CHOICES,
  IMPORT_DESTINATIONS,
  IMPORT_FIELDS,
  IMPORT_OUTCOME_REASONS,
  IMPORT_OUTCOMES,
  IMPORT_ROW_CLASSES,
  IMPORT_UNDO_KEPT_REASONS,
  isErrorCode,
  MATCHES_POOL_CHOICES,
  NEW_ROW_CHOICES,
} from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { keysFor, type MessageKey } from '../../i18n/message-keys';
import type { ImportChoicesInput, ImportDestinationKind, ImportField, ImportOutcome, ImportOutcomeReason, ImportRowClass, ImportStatus, ImportUndoResult } from './import-types';
import { UNDO_GROUPS, type UndoGroup } from './undo-groups';

const FIELD_KEYS = keysFor('imports.field', IMPORT_FIELDS) satisfies Record<ImportField, MessageKey>;
const CLASS_KEYS = keysFor('imports.class', IMPORT_ROW_CLASSES) satisfies Record<ImportRowClass, MessageKey>;
const OUTCOME_KEYS = keysFor('imports.outcome', IMPORT_OUTCOMES) satisfies Record<ImportOutcome, MessageKey>;
const REASON_KEYS = keysFor('imports.reason', IMPORT_OUTCOME_REASONS) satisfies Record<ImportOutcomeReason, MessageKey>;
const DESTINATION_KEYS = keysFor('imports.destination', IMPORT_DESTINATIONS) satisfies Record<ImportDestinationKind, MessageKey>;
const DESTINATION_HINT_KEYS = keysFor('imports.destinationHint', IMPORT_DESTINATIONS) satisfies Record<ImportDestinationKind, MessageKey>;
const UNDO_RESULT_KEYS = keysFor('imports.undo.result', ['REMOVED', ...IMPORT_UNDO_KEPT_REASONS]) satisfies Record<ImportUndoResult, MessageKey>;
const UNDO_GROUP_KEYS = keysFor('imports.undo.group', UNDO_GROUPS) satisfies Record<UndoGroup, MessageKey>;
const UNDO_GROUP_HINT_KEYS = keysFor('imports.undo.groupHint', UNDO_GROUPS) satisfies Record<UndoGroup, MessageKey>;
const CHOICE_KEYS: { [Choice in keyof ImportChoicesInput]: Record<ImportChoicesInput[Choice], MessageKey> } = {
  newRows: keysFor('imports.choice.newRows', NEW_ROW_CHOICES),
  duplicateInFile: keysFor('imports.choice.duplicateInFile', DUPLICATE_IN_FILE_CHOICES),
  matchesPool: keysFor('imports.choice.matchesPool', MATCHES_POOL_CHOICES),
};

export function isImportFieldName(field: string): field is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(field);
}

/** "Company name", "Contact mobile": what a column fills, in the viewer's words; an unknown name as it came. */
export function fieldLabel(field: string, t: Translate): string {
  return isImportFieldName(field) ? t(FIELD_KEYS[field]) : field;
}

export function classLabel(rowClass: ImportRowClass, t: Translate): string {
  return t(CLASS_KEYS[rowClass]);
}

export function statusLabel(status: ImportStatus, t: Translate): string {
  return t(`imports.status.${status}`);
}

/** "New customers", "Blank fields filled", "Not reached": what the write made of a row. */
export function outcomeLabel(outcome: ImportOutcome, t: Translate): string {
  return t(OUTCOME_KEYS[outcome]);
}

/** Why a row was skipped, failed or cancelled, as the result file says it too. */
export function reasonText(reason: ImportOutcomeReason, t: Translate): string {
  return t(REASON_KEYS[reason]);
}

/** "Import as new customers", "Fill blank fields only", "Skip": one option of a class's choice. */
export function choiceLabel<Choice extends keyof ImportChoicesInput>(choice: Choice, option: ImportChoicesInput[Choice], t: Translate): string {
  return t(CHOICE_KEYS[choice][option]);
}

/** "The public pool", "One rep", "Spread across reps", and a line on what each means. */
export function destinationLabel(kind: ImportDestinationKind, t: Translate): { label: string; hint: string } {
  return { label: t(DESTINATION_KEYS[kind]), hint: t(DESTINATION_HINT_KEYS[kind]) };
}

/** Why an import failed, from the code that stopped it (FILE_UNREADABLE, …), as the error table words it. */
export function failureReason(errorCode: string | null | undefined, t: Translate): string {
  return isErrorCode(errorCode) ? t(`error.${errorCode}`) : t('error.UNKNOWN');
}

/** "Removed from Berth", "Kept: followed up since the import": what an undo did with a created customer. */
export function undoResultText(result: ImportUndoResult, t: Translate): string {
  return t(UNDO_RESULT_KEYS[result]);
}

/** "Removed", "Kept", and a line on why customers are in the group. */
export function undoGroupLabel(group: UndoGroup, t: Translate): { label: string; hint: string } {
  return { label: t(UNDO_GROUP_KEYS[group]), hint: t(UNDO_GROUP_HINT_KEYS[group]) };
}
