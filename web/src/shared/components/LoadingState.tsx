import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useT } from '../../i18n/I18nProvider';

/** A spinner that tells screen readers what it waits for ("Loading…" unless told). */
export function LoadingState({ label, fullScreen = false }: { label?: string; fullScreen?: boolean }) {
  const t = useT();
  return (
    <Box
      role="status"
      aria-label={label ?? t('common.loading')}
      sx={{ display: 'grid', placeItems: 'center', minHeight: fullScreen ? '100vh' : 240 }}
    >
      <CircularProgress size={32} />
    </Box>
  );
}
