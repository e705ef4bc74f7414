import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { useT } from '../../../i18n/I18nProvider';
import type { CountedHint as Hint } from '../follow-up-form-values';

/** Whether the follow-up being typed will extend protection, updated as the rep types. */
export function CountedHint({ hint }: { hint: Hint }) {
  const t = useT();
  const Icon = hint.counts ? ShieldOutlined : InfoOutlined;
  return (
    <Stack
      direction="row"
      spacing={0.75}
      aria-live="polite"
      data-testid="follow-up-counted-hint"
      data-counted={String(hint.counts)}
      sx={{ alignItems: 'flex-start', color: hint.counts ? 'success.main' : 'text.secondary', mt: 0.5, mb: 1.5, mx: 1.75 }}
    >
      <Icon sx={{ fontSize: 16, mt: '2px' }} />
      <Typography variant="caption" sx={{ lineHeight: 1.6 }}>
        {hint.counts ? t('followUps.hint.counts') : t('followUps.hint.doesNotCount', { why: hint.why })}
      </Typography>
    </Stack>
  );
}
