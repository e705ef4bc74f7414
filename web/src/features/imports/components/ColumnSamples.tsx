import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';

/** A column's first values, one a line, cut short rather than wrapped; "(empty)" when it has none. */
export function ColumnSamples({ samples }: { samples: readonly string[] }) {
  const t = useT();
  if (samples.length === 0) {
    return (
      <Typography variant="body2" color="text.disabled" sx={{ fontStyle: 'italic' }}>
        {t('imports.mapping.noSamples')}
      </Typography>
    );
  }
  return (
    <Box data-testid="mapping-samples" sx={{ minWidth: 0 }}>
      {samples.map((sample, i) => (
        <Typography key={i} variant="body2" color="text.secondary" noWrap title={sample}>
          {sample}
        </Typography>
      ))}
    </Box>
  );
}
