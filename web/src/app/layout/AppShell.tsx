import { useState } from 'react';
import { Outlet } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { useMyCustomersChanged } from '../../features/customers/hooks/useMyCustomersChanged';
import { usePoolChanged } from '../../features/pool/hooks/usePoolChanged';
import { roleLabel } from '../../features/auth/me-query';
import { NotificationsButton } from '../../features/notifications/components/NotificationsButton';
import { useClashAlerts } from '../../features/notifications/hooks/useClashAlerts';
import { useT } from '../../i18n/I18nProvider';
import { useIsDesktop, useIsPhone } from '../../shared/hooks/useIsPhone';
import { LiveConnectionIndicator } from './ConnectionIndicator';
import { NavDrawerContent } from './NavDrawerContent';

const DRAWER_WIDTH = 248;

/**
 * Desktop keeps the navigation in a permanent drawer; phones and tablets open it from the
 * menu button so the content gets the full width.
 */
export function AppShell() {
  const t = useT();
  const user = useCurrentUser();
  const desktop = useIsDesktop();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  // One subscription for the whole session keeps lists and customer pages fresh wherever the user is.
  useMyCustomersChanged();
  usePoolChanged(); // a recycle or a colleague's claim changes both the pool and "My customers"
  useClashAlerts();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ ml: { md: `${DRAWER_WIDTH}px` }, width: { md: `calc(100% - ${DRAWER_WIDTH}px)` } }}>
        {/* Tighter on phones, so the connection indicator has room to say "Reconnecting…". */}
        <Toolbar sx={{ gap: { xs: 1, sm: 1.5 } }}>
          {desktop ? null : (
            <IconButton edge="start" aria-label={t('app.nav.open')} onClick={() => setOpen(true)} data-testid="nav-menu-button">
              <MenuIcon />
            </IconButton>
          )}
          {desktop ? null : (
            <Typography variant="h3" component="span" sx={{ flexShrink: 0 }}>
              {/* i18n-exempt: the product's name, the same in every language */}
              Berth
            </Typography>
          )}
          <Box sx={{ flex: 1 }} />
          <LiveConnectionIndicator compact={phone} />
          <NotificationsButton />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }} data-testid="app-bar-user">
            {phone ? null : (
              <Typography variant="body2" noWrap sx={{ fontWeight: 600, maxWidth: 200 }}>
                {user.name}
              </Typography>
            )}
            <Chip label={roleLabel(user.role, t)} variant="outlined" color="primary" size={phone ? 'small' : 'medium'} />
          </Box>
        </Toolbar>
      </AppBar>

      <Box component="nav" sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
        {desktop ? (
          <Drawer variant="permanent" open sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
            <NavDrawerContent />
          </Drawer>
        ) : (
          <Drawer
            variant="temporary"
            open={open}
            onClose={() => setOpen(false)}
            ModalProps={{ keepMounted: true }}
            sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
          >
            <NavDrawerContent onNavigate={() => setOpen(false)} />
          </Drawer>
        )}
      </Box>

      <Box
        component="main"
        sx={{ flex: 1, minWidth: 0, px: { xs: 1.5, sm: 3 }, pt: { xs: 9, sm: 10 }, pb: 4, maxWidth: '100%' }}
      >
        <Outlet />
      </Box>
    </Box>
  );
}
