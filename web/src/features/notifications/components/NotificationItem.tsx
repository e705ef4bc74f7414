import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import HourglassBottomOutlined from '@mui/icons-material/HourglassBottomOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { formatDate, formatDateTime, formatRelative } from '../../../shared/format/dates';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import type { ViewerName } from '../../duplicates/duplicate-explanations';
import { clashDetail, clashHeadline } from '../clash-message';
import type { NotificationItemNotification } from './NotificationItem.fragment';

interface Props {
  notification: NotificationItemNotification;
  now: Date;
  onOpen: (notification: NotificationItemNotification) => void;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What one notification says, by kind: an icon, the sentence, and a detail line before its time. */
function describe({ clash, reminder }: NotificationItemNotification, viewer: ViewerName): { icon: ReactNode; text: ReactNode; detail: string | null } {
  if (clash) {
    return {
      icon: clash.verdict === 'BLOCK' ? <BlockOutlined color="error" fontSize="small" /> : <WarningAmberOutlined color="warning" fontSize="small" />,
      text: clashHeadline(clash),
      detail: capitalise(clashDetail(clash, viewer)),
    };
  }
  if (reminder) {
    return {
      icon: <HourglassBottomOutlined color="warning" fontSize="small" />,
      text: (
        <>
          Protection of <b>{reminder.companyName}</b> ends{' '}
          <span title={formatDateTime(reminder.protectionEnd)}>{formatDate(reminder.protectionEnd)}</span> — follow up to keep it
        </>
      ),
      detail: null,
    };
  }
  return { icon: <WarningAmberOutlined color="action" fontSize="small" />, text: 'Notification', detail: null };
}

/** One notification; unread ones are tinted and marked with a dot. Opening it goes to the customer. */
export function NotificationItem({ notification, now, onOpen }: Props) {
  const viewer = useCurrentUser();
  const { readAt, latestAt } = notification;
  const unread = readAt === null;
  const { icon, text, detail } = describe(notification, viewer);

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
            <Box component="span" title={formatDateTime(latestAt)} sx={{ whiteSpace: 'nowrap' }}>
              {formatRelative(latestAt, now)}
            </Box>
          </>
        }
        slotProps={{ primary: { variant: 'body2', sx: { fontWeight: unread ? 650 : 400, overflowWrap: 'anywhere' } } }}
      />
      {unread ? (
        <Box aria-label="Unread" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: 'secondary.main', mt: 1, ml: 1, flexShrink: 0 }} />
      ) : null}
    </ListItemButton>
  );
}
