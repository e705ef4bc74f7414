import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import Logout from '@mui/icons-material/Logout';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { useLogout } from '../../features/auth/hooks/useLogout';
import { roleLabel } from '../../features/auth/me-query';
import { useT } from '../../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase() || '?';
}

/** Who is signed in, in which role and department, the language they read, and the way out. */
export function UserCard() {
  const t = useT();
  const user = useCurrentUser();
  const { logout, loading } = useLogout();
  const roleLine = [roleLabel(user.role, t), user.department?.name].filter(Boolean).join(' · ');

  return (
    <Box sx={{ borderTop: 1, borderColor: 'divider', p: 2 }} data-testid="user-card">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
        <Avatar sx={{ bgcolor: 'primary.light', width: 36, height: 36, fontSize: 14 }}>{initialsOf(user.name)}</Avatar>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" noWrap data-testid="user-name">
            {user.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" noWrap component="div" data-testid="user-role">
            {roleLine}
          </Typography>
        </Box>
      </Box>
      <Box sx={{ mb: 1.5 }}>
        <LanguageSwitch fullWidth />
      </Box>
      <Button
        fullWidth
        variant="outlined"
        color="inherit"
        startIcon={<Logout />}
        onClick={() => void logout()}
        disabled={loading}
        data-testid="sign-out-button"
      >
        {t('app.user.signOut')}
      </Button>
    </Box>
  );
}
