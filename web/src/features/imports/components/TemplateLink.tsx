import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { fileLanguage } from '../result-file';

/** The .xlsx template in the viewer's language: its headers map by themselves. */
export function templateUrl(locale: string): string {
  return `/api/imports/template.xlsx?lang=${fileLanguage(locale)}`;
}

export function TemplateLink() {
  const { t, locale } = useI18n();
  return (
    <Typography variant="body2" color="text.secondary">
      {t('imports.template.before')}{' '}
      <Link href={templateUrl(locale)} download data-testid="import-template-link">
        {t('imports.template.link')}
      </Link>
    </Typography>
  );
}
