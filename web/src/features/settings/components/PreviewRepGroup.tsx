import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { RepForecast } from '../hooks/usePolicyPreview';
import { entryReasonText } from '../../pool/entry-reason-text';

/** One rep's customers the edit would recycle: the count up front, the customers one click away. */
export const PreviewRepGroup = memo(function PreviewRepGroup({ forecast, now }: { forecast: RepForecast; now: Date }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Accordion
      disableGutters
      variant="outlined"
      slotProps={{ transition: { unmountOnExit: true } }}
      data-testid="preview-rep"
      data-rep-id={forecast.rep.id}
      data-count={forecast.count}
      sx={{ '&:not(:first-of-type)': { borderTop: 0 } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreOutlined />}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {forecast.rep.name}
          </Typography>
          <Chip label={t('settings.preview.customers', { count: forecast.count })} data-testid="preview-rep-count" />
        </Box>
      </AccordionSummary>
      <AccordionDetails sx={{ pt: 0 }}>
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {forecast.customers.map((c) => (
            <Box
              component="li"
              key={c.customerId}
              data-testid="preview-customer"
              sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}
            >
              <Link component={RouterLink} to={`/customers/${c.customerId}`} variant="body2" sx={{ fontWeight: 600, flex: { sm: '0 0 260px' }, minWidth: 0 }}>
                {c.companyName}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {entryReasonText(c, t)}
                {' · '}
                {new Date(c.recycleAt) <= now
                  ? t('settings.preview.dueNow')
                  : t('settings.preview.when', { date: fmt.dateTime(c.recycleAt), relative: fmt.relative(c.recycleAt, now) })}
              </Typography>
            </Box>
          ))}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
});
