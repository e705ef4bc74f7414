import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import { LOCALES, type Locale } from '@berth/domain';
import { useT } from '../../i18n/I18nProvider';
import { useLanguageSwitch } from '../../i18n/useViewerLanguage';

/**
 * "English | 中文": each language named in its own words, so someone who cannot read the
 * current one still finds theirs. Small enough for the phone drawer; the user menu and the
 * sign-in page both carry it.
 */
export function LanguageSwitch({ fullWidth = false }: { fullWidth?: boolean }) {
  const t = useT();
  const { locale, choose } = useLanguageSwitch();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} data-testid="language-switch">
      <TranslateOutlined fontSize="small" aria-hidden sx={{ color: 'text.secondary' }} />
      <ToggleButtonGroup
        exclusive
        size="small"
        fullWidth={fullWidth}
        value={locale}
        aria-label={t('common.language')}
        // A click on the language already shown would unselect it (null): nothing to do then.
        onChange={(_, next: Locale | null) => {
          if (next && next !== locale) choose(next);
        }}
      >
        {LOCALES.map((option) => (
          <ToggleButton key={option} value={option} lang={option} data-testid={`language-${option}`} sx={{ py: 0.25, px: 1.25, textTransform: 'none' }}>
            {t(`app.language.${option}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
