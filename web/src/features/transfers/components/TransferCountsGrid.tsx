import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { COUNT_KINDS } from '../transfer-labels';
import type { TransferCounts } from '../transfer-types';

/** What moves, per kind: customers with their contacts, follow-ups and open reminders. */
export function TransferCountsGrid({ counts }: { counts: TransferCounts }) {
  const t = useT();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 1 }} data-testid="transfer-counts">
      {COUNT_KINDS.map((kind) => (
        <Typography key={kind} variant="body2" data-testid={`transfer-count-${kind}`} data-count={counts[kind]}
          sx={{ px: 1.25, py: 0.75, borderRadius: 1, bgcolor: 'action.hover', fontWeight: kind === 'customers' ? 600 : 400 }}>
          {t(`transfers.counts.${kind}`, { count: counts[kind] })}
        </Typography>
      ))}
    </Box>
  );
}
