import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { FOLLOW_UP_TYPE_ICONS, FOLLOW_UP_TYPE_LABELS } from '../../follow-ups/follow-up-labels';
import type { PoolFollowUpsCustomer } from './PoolFollowUps.fragment';

/**
 * What previous owners tried, newest first. Unlike an owner's timeline there is no "extends
 * protection" here: nobody is protected while the customer waits in the pool.
 */
export function PoolFollowUps({ customer, now }: { customer: PoolFollowUpsCustomer; now: Date }) {
  const t = useT();
  const fmt = useFormat();
  const { followUps } = customer;
  if (followUps.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="pool-history-no-follow-ups">
        {t('pool.history.noFollowUps')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('pool.history.followUpsLabel')} data-testid="pool-history-follow-ups">
      {followUps.map((followUp, index) => {
        const Icon = FOLLOW_UP_TYPE_ICONS[followUp.type];
        return (
          <Box component="li" key={followUp.id} data-testid="follow-up-item" data-type={followUp.type}
            sx={{ display: 'flex', gap: 1.5, pb: index === followUps.length - 1 ? 0 : 2 }}>
            <Avatar sx={{ width: 28, height: 28, bgcolor: 'action.selected', color: 'text.secondary' }}>
              <Icon sx={{ fontSize: 16 }} />
            </Avatar>
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2">{t(FOLLOW_UP_TYPE_LABELS[followUp.type])}</Typography>
                <Typography variant="caption" color="text.secondary">
                  <Tooltip title={fmt.dateTime(followUp.occurredAt)}>
                    <time dateTime={followUp.occurredAt} data-testid="follow-up-when">{fmt.relative(followUp.occurredAt, now)}</time>
                  </Tooltip>
                  {followUp.author ? ` · ${t('pool.history.by', { name: followUp.author.name })}` : null}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ mt: 0.25, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {followUp.content}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
