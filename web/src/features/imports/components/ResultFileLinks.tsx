import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { useI18n } from '../../../i18n/I18nProvider';
import { RESULT_FORMATS, resultFileUrl } from '../result-file';

/** The file as uploaded with each row's outcome and reason, as a workbook or a CSV, in the viewer's language. */
export function ResultFileLinks({ jobId }: { jobId: string }) {
  const { t, locale } = useI18n();
  return (
    <Box sx={{ mt: 3 }} data-testid="import-result-files">
      <Typography variant="subtitle2">{t('imports.result.download')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('imports.result.downloadHint')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {RESULT_FORMATS.map((format) => (
          <Button key={format} variant="outlined" size="small" href={resultFileUrl(jobId, format, locale)} download startIcon={<FileDownloadOutlined />}
            data-testid={`import-result-${format}`}>
            {t(`imports.result.${format}`)}
          </Button>
        ))}
      </Box>
    </Box>
  );
}
