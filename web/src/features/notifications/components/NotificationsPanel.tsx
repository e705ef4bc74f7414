import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useNow } from '../../../shared/hooks/useNow';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotifications } from '../hooks/useNotifications';
import { notificationLink } from '../notification-types';
import { AllClashAlertsSwitch } from './AllClashAlertsSwitch';
import { NotificationItem } from './NotificationItem';
import type { NotificationItemNotification } from './NotificationItem.fragment';

/** The latest notifications with "Mark all read"; `onNavigate` closes whatever holds the panel. */
export function NotificationsPanel({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const { notifications, unreadCount, loading, error, refetch } = useNotifications();
  const { markRead } = useMarkNotificationsRead();
  const handleError = useErrorHandler();
  const navigate = useNavigate();
  const now = useNow(60_000);

  const mark = (ids?: string[]) => markRead({ ids, unreadCount }).catch((e: unknown) => void handleError(e));

  function open(notification: NotificationItemNotification) {
    if (notification.readAt === null) void mark([notification.id]);
    const link = notificationLink(notification);
    if (link) {
      onNavigate();
      navigate(link);
    }
  }

  let body;
  if (loading) body = <LoadingState label={t('notifications.loading')} />;
  else if (error) {
    body = <RetryAlert error={error} onRetry={refetch} sx={{ m: 1.5 }} />;
  } else if (notifications.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {t('notifications.empty')}
      </Typography>
    );
  } else {
    body = (
      <List disablePadding>
        {notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} now={now} onOpen={open} />
        ))}
      </List>
    );
  }

  return (
    <Box data-testid="notifications-panel" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, px: 2, py: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 650 }}>
          {t('notifications.title')}
        </Typography>
        <Button size="small" onClick={() => void mark()} disabled={unreadCount === 0} data-testid="mark-all-read">
          {t('notifications.markAllRead')}
        </Button>
      </Box>
      <AllClashAlertsSwitch />
      <Divider />
      <Box sx={{ overflowY: 'auto', minHeight: 0 }}>{body}</Box>
    </Box>
  );
}
