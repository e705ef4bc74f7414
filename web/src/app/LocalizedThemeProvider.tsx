import { useMemo, type ReactNode } from 'react';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';
import { useI18n } from '../i18n/I18nProvider';
import { theme } from './theme';

/** MUI's own words (pagination, "No options", close buttons) in the viewer's language. */
export function LocalizedThemeProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const localized = useMemo(() => (locale === 'zh-CN' ? createTheme(theme, zhCN) : theme), [locale]);
  return <ThemeProvider theme={localized}>{children}</ThemeProvider>;
}
