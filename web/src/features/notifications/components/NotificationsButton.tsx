import { useState } from 'react';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useUnreadCount } from '../hooks/useUnreadCount';
import { NotificationsPanel } from './NotificationsPanel';

/** The bell in the app bar: the unread count on it, the notification list under it. */
export function NotificationsButton() {
  const t = useT();
  const fmt = useFormat();
  const unread = useUnreadCount();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  return (
    <>
      <IconButton
        aria-label={unread > 0 ? t('notifications.buttonUnread', { count: fmt.count(unread) }) : t('notifications.title')}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="notifications-button"
        data-unread={unread}
      >
        {/* No badge at zero: a hidden MUI badge keeps showing its previous number while it fades. */}
        {unread > 0 ? (
          <Badge badgeContent={unread} color="secondary" max={999}>
            <NotificationsOutlined />
          </Badge>
        ) : (
          <NotificationsOutlined />
        )}
      </IconButton>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-label': t('notifications.title'),
            sx: { width: 'min(400px, calc(100vw - 16px))', maxHeight: 'min(560px, calc(100vh - 72px))', display: 'flex', flexDirection: 'column' },
          },
        }}
      >
        <NotificationsPanel onNavigate={() => setAnchor(null)} />
      </Popover>
    </>
  );
}
