import type { Translate } from '../../i18n/translator';
import type { Formatter } from '../../i18n/formatter';
import type { ImportNotice } from './notification-types';

/** Where the import stands, as it may have moved on since the notification was read (its live progress). */
export interface ImportProgressNow {
  status: ImportNotice['status'];
  doneRows: number;
}

/**
 * What an import of the viewer's is doing or did, as one sentence: "Importing fair.xlsx: 3,200 of
 * 10,000 rows", "fair.xlsx imported: 812 new customers, 12 rows skipped", "… cancelled: …",
 * "Undoing …", "… undone: 800 customers removed, 12 kept". `now` is the latest progress heard.
 */
export function importMessage(job: ImportNotice, now: ImportProgressNow | null, t: Translate, fmt: Pick<Formatter, 'count'>): string {
  const status = now?.status ?? job.status;
  const counts = job.outcomeCounts;
  const values = {
    file: job.fileName,
    done: fmt.count(now?.doneRows ?? job.doneRows),
    total: fmt.count(job.totalRows),
    created: counts.CREATED,
    skipped: counts.SKIPPED,
    failed: counts.FAILED,
    removed: job.undoCounts.removed,
    kept: job.undoCounts.kept,
  };
  switch (status) {
    case 'IMPORTING':
      return t('notifications.import.importing', values);
    case 'CANCELLED':
      return t('notifications.import.cancelled', values);
    case 'UNDOING':
      return t('notifications.import.undoing', values);
    case 'UNDONE':
      return t('notifications.import.undone', values);
    default:
      return t('notifications.import.done', values);
  }
}
