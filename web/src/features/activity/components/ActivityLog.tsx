import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { activitySentence } from '../activity-sentence';
import type { ActivityLogCustomer } from './ActivityLog.fragment';

/** The summary line, then `tools` (questions about the log), then one sentence per change, newest first. */
export function ActivityLog({ customer, tools }: { customer: ActivityLogCustomer; tools?: ReactNode }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600, mb: 2 }} data-testid="activity-summary">
        {t('activity.summary', { ...customer.activitySummary })}
      </Typography>
      {tools}
      {customer.activity.length === 0 ? (
        <Typography color="text.secondary">{t('activity.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="activity-list">
          {customer.activity.map((item, index) => (
            <Box
              component="li"
              // Lines have no id of their own; their order is stable (newest first, ties by sequence).
              key={`${item.occurredAt}-${index}`}
              data-testid="activity-item"
              data-subject={item.subject}
              data-action={item.action}
              sx={{ py: 1.25, borderTop: index === 0 ? 0 : 1, borderColor: 'divider' }}
            >
              <Typography variant="body2" data-testid="activity-sentence" sx={{ overflowWrap: 'anywhere' }}>
                {activitySentence(item, { t, fmt })}
              </Typography>
              <Tooltip title={fmt.dateTime(item.occurredAt)}>
                <Typography variant="caption" color="text.secondary">
                  {fmt.relative(item.occurredAt)}
                </Typography>
              </Tooltip>
            </Box>
          ))}
        </Box>
      )}
    </>
  );
}
