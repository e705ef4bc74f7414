import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { entryReasonText } from '../entry-reason-text';
import { ENTRY_KIND_DESCRIPTIONS } from '../pool-labels';
import type { PoolEntryTimelineCustomer } from './PoolEntryTimeline.fragment';

/** Every time the customer came to the pool, newest first: who held it and why they lost it. */
export function PoolEntryTimeline({ customer, now }: { customer: PoolEntryTimelineCustomer; now: Date }) {
  const t = useT();
  const fmt = useFormat();
  const entries = customer.poolHistory;
  if (entries.length === 0) {
    return <Typography variant="body2" color="text.secondary">{t('pool.history.noEntries')}</Typography>;
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('pool.history.entriesLabel')} data-testid="pool-history-entries">
      {entries.map((entry, index) => {
        const last = index === entries.length - 1;
        const owner = entry.previousOwner;
        return (
          <Box component="li" key={`${entry.enteredAt}-${index}`} data-testid="pool-history-entry" data-kind={entry.kind}
            sx={{ display: 'flex', gap: 1.5, pb: last ? 0 : 2 }}>
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
              <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: 'warning.main' }} />
              {last ? null : <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
            </Box>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="subtitle2">
                {t(ENTRY_KIND_DESCRIPTIONS[entry.kind])}{' '}
                <Tooltip title={fmt.dateTime(entry.enteredAt)}>
                  <Typography component="time" variant="caption" color="text.secondary" dateTime={entry.enteredAt}>
                    · {fmt.relative(entry.enteredAt, now)}
                  </Typography>
                </Tooltip>
              </Typography>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{entryReasonText(entry, t)}</Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {owner ? t('pool.history.heldBy', { owner: [owner.name, owner.departmentName].filter(Boolean).join(' · ') }) : t('pool.noPreviousOwner')}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
