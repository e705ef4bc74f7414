import { IMPORT_FIELDS, IMPORT_ROW_CLASSES, isErrorCode } from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { keysFor, type MessageKey } from '../../i18n/message-keys';
import type { ImportField, ImportRowClass, ImportStatus } from './import-types';

const FIELD_KEYS = keysFor('imports.field', IMPORT_FIELDS) satisfies Record<ImportField, MessageKey>;
const CLASS_KEYS = keysFor('imports.class', IMPORT_ROW_CLASSES) satisfies Record<ImportRowClass, MessageKey>;

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

/** Why an import failed, from the code that stopped it (FILE_UNREADABLE, …), as the error table words it. */
export function failureReason(errorCode: string | null | undefined, t: Translate): string {
  return isErrorCode(errorCode) ? t(`error.${errorCode}`) : t('error.UNKNOWN');
}
