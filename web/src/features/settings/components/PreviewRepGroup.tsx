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
import { formatDateTime, formatRelative } from '../../../shared/format/dates';
import type { RepForecast } from '../hooks/usePolicyPreview';
import { forecastReason } from '../pool-policy-labels';

/** One rep's customers the edit would recycle: the count up front, the customers one click away. */
export const PreviewRepGroup = memo(function PreviewRepGroup({ forecast, now }: { forecast: RepForecast; now: Date }) {
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
          <Chip label={`${forecast.count} ${forecast.count === 1 ? 'customer' : 'customers'}`} data-testid="preview-rep-count" />
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
                {forecastReason(c.reason)}
                {' · '}
                {new Date(c.recycleAt) <= now ? 'due now' : `${formatDateTime(c.recycleAt)} (${formatRelative(c.recycleAt, now)})`}
              </Typography>
            </Box>
          ))}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
});
