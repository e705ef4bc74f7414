import { NavLink, useLocation } from 'react-router';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { useT } from '../../i18n/I18nProvider';
import { BrandMark } from '../../shared/components/BrandMark';
import { navItemsFor } from './nav-items';
import { UserCard } from './UserCard';

/** Brand, navigation and the signed-in user; shared by the permanent and the phone drawer. */
export function NavDrawerContent({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const { pathname } = useLocation();

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, px: 2.5, height: 64 }}>
        <BrandMark size={30} />
        <Typography variant="h3" component="span" sx={{ letterSpacing: '-0.01em' }}>
          {/* i18n-exempt: the product's name, the same in every language */}
          Berth
        </Typography>
      </Box>
      <List component="nav" aria-label={t('app.nav.main')} sx={{ px: 1.5, flex: 1 }}>
        {navItemsFor(user.role, t).map((item) => (
          <ListItemButton
            key={item.to}
            component={NavLink}
            to={item.to}
            selected={pathname === item.to || pathname.startsWith(`${item.to}/`)}
            onClick={onNavigate}
            sx={{ mb: 0.5 }}
          >
            <ListItemIcon sx={{ minWidth: 38 }}>{item.icon}</ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>
        ))}
      </List>
      <UserCard />
    </Box>
  );
}
