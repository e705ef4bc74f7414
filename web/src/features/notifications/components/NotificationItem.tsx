import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import HourglassBottomOutlined from '@mui/icons-material/HourglassBottomOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import WavesOutlined from '@mui/icons-material/WavesOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useI18n } from '../../../i18n/I18nProvider';
import type { I18n } from '../../../i18n/i18n';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import type { ViewerName } from '../../duplicates/duplicate-explanations';
import { clashDetail, clashHeadline } from '../clash-message';
import { ownershipMessage, type OwnershipNoticeKind } from '../ownership-message';
import { importMessage } from '../import-message';
import { useImportNoticeProgress } from '../hooks/useImportNoticeProgress';
import type { ImportNotice } from '../notification-types';
import type { NotificationItemNotification } from './NotificationItem.fragment';

interface Props {
  notification: NotificationItemNotification;
  now: Date;
  onOpen: (notification: NotificationItemNotification) => void;
}

/** The detail line starts a line of its own: "Matches your customer …" (a no-op in Chinese). */
const capitalise = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** A manager's moves: customers given to the viewer, moved to another rep, or sent to the pool (its icon in the menu). */
const OWNERSHIP_ICONS: Record<OwnershipNoticeKind, ReactNode> = {
  ASSIGNED: <AssignmentIndOutlined color="primary" fontSize="small" />,
  REASSIGNED: <SwapHorizOutlined color="action" fontSize="small" />,
  RELEASED: <WavesOutlined color="action" fontSize="small" />,
};

/** What one notification says, by kind: an icon, the sentence, and a detail line before its time. */
function describe(
  { kind, clash, reminder, ownership, importJob }: NotificationItemNotification,
  viewer: ViewerName,
  { t, fmt, locale }: Pick<I18n, 't' | 'fmt' | 'locale'>,
): { icon: ReactNode; text: ReactNode; detail: string | null } {
  if (clash) {
    return {
      icon: clash.verdict === 'BLOCK' ? <BlockOutlined color="error" fontSize="small" /> : <WarningAmberOutlined color="warning" fontSize="small" />,
      text: clashHeadline(clash, t),
      detail: capitalise(clashDetail(clash, viewer, { t, locale }), locale),
    };
  }
  if (reminder) {
    return {
      icon: <HourglassBottomOutlined color="warning" fontSize="small" />,
      text: t.rich('notifications.reminder', {
        company: reminder.companyName,
        date: fmt.date(reminder.protectionEnd),
        b: (chunks) => <b>{chunks}</b>,
        // The exact end on hover; the sentence gives the day.
        when: (chunks) => <span title={fmt.dateTime(reminder.protectionEnd)}>{chunks}</span>,
      }),
      detail: null,
    };
  }
  if (importJob) {
    return { icon: <UploadFileOutlined color="primary" fontSize="small" />, text: <ImportNoticeText job={importJob} />, detail: null };
  }
  if (ownership && kind in OWNERSHIP_ICONS) {
    return {
      icon: OWNERSHIP_ICONS[kind as OwnershipNoticeKind],
      text: ownershipMessage(kind as OwnershipNoticeKind, ownership, t),
      // Which manager it was, where a team has several.
      detail: ownership.by.departmentName,
    };
  }
  return { icon: <WarningAmberOutlined color="action" fontSize="small" />, text: t('notifications.other'), detail: null };
}

/** An import's sentence, its rows counting up live while it is written. */
function ImportNoticeText({ job }: { job: ImportNotice }) {
  const { t, fmt } = useI18n();
  return <span data-testid="import-notice">{importMessage(job, useImportNoticeProgress(job), t, fmt)}</span>;
}

/** One notification; unread ones are tinted and marked with a dot. Opening it goes to its customer (or customers). */
export function NotificationItem({ notification, now, onOpen }: Props) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const viewer = useCurrentUser();
  const { readAt, latestAt } = notification;
  const unread = readAt === null;
  const { icon, text, detail } = describe(notification, viewer, i18n);

  return (
    <ListItemButton
      onClick={() => onOpen(notification)}
      data-testid="notification-item"
      data-kind={notification.kind}
      data-read={unread ? 'false' : 'true'}
      sx={{ alignItems: 'flex-start', borderRadius: 0, bgcolor: unread ? 'rgba(15, 76, 92, 0.06)' : undefined }}
    >
      <ListItemIcon sx={{ minWidth: 34, mt: 0.5 }}>{icon}</ListItemIcon>
      <ListItemText
        primary={text}
        secondary={
          <>
            {detail ? `${detail} · ` : null}
            <Box component="span" title={fmt.dateTime(latestAt)} sx={{ whiteSpace: 'nowrap' }}>
              {fmt.relative(latestAt, now)}
            </Box>
          </>
        }
        slotProps={{ primary: { variant: 'body2', sx: { fontWeight: unread ? 650 : 400, overflowWrap: 'anywhere' } } }}
      />
      {unread ? (
        <Box aria-label={t('notifications.unread')} sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'secondary.main', mt: 1, ml: 1, flexShrink: 0 }} />
      ) : null}
    </ListItemButton>
  );
}
