import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AlarmOutlined from '@mui/icons-material/AlarmOutlined';
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { FOLLOW_UP_TYPE_ICONS, FOLLOW_UP_TYPE_LABELS } from '../follow-up-labels';
import type { FollowUp } from './FollowUpItem.fragment';

interface Props {
  followUp: FollowUp;
  now: Date;
  /** The last entry draws no line down to the next. */
  last: boolean;
}

/** One contact with the customer: what kind, what was said, when, by whom, and what comes next. */
export function FollowUpItem({ followUp, now, last }: Props) {
  const t = useT();
  const fmt = useFormat();
  const Icon = FOLLOW_UP_TYPE_ICONS[followUp.type];
  const { counted } = followUp;
  return (
    <Box
      component="li"
      data-testid="follow-up-item"
      data-counted={String(counted)}
      data-type={followUp.type}
      sx={{ display: 'flex', gap: { xs: 1.25, sm: 2 }, pb: last ? 0 : 2.5 }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Avatar
          sx={{
            width: 32,
            height: 32,
            bgcolor: counted ? 'primary.main' : 'action.selected',
            color: counted ? 'primary.contrastText' : 'text.secondary',
          }}
        >
          <Icon fontSize="small" />
        </Avatar>
        {last ? null : <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
      </Box>
      <Box sx={{ minWidth: 0, flex: 1, pt: 0.25 }}>
        <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle2">{t(FOLLOW_UP_TYPE_LABELS[followUp.type])}</Typography>
          {counted ? (
            <Chip
              size="small"
              color="success"
              variant="outlined"
              icon={<ShieldOutlined />}
              label={t('followUps.item.counted')}
              data-testid="follow-up-counted"
            />
          ) : null}
          <Typography variant="caption" color="text.secondary" sx={{ ml: { sm: 'auto' } }}>
            <Tooltip title={fmt.dateTime(followUp.occurredAt)}>
              <time dateTime={followUp.occurredAt} data-testid="follow-up-when">
                {fmt.relative(followUp.occurredAt, now)}
              </time>
            </Tooltip>
            {followUp.author ? ` · ${t('followUps.item.by', { name: followUp.author.name })}` : null}
          </Typography>
        </Stack>
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {followUp.content}
        </Typography>
        {followUp.nextStep || followUp.remindAt ? (
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            useFlexGap
            spacing={{ xs: 0.5, sm: 2 }}
            sx={{ mt: 0.75, color: 'text.secondary', flexWrap: 'wrap' }}
          >
            {followUp.nextStep ? (
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start', minWidth: 0 }}>
                <ArrowForwardOutlined sx={{ fontSize: 18, mt: '1px' }} />
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="follow-up-next-step">
                  {t('followUps.item.next', { step: followUp.nextStep })}
                </Typography>
              </Stack>
            ) : null}
            {followUp.remindAt ? (
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                <AlarmOutlined sx={{ fontSize: 18 }} />
                <Typography variant="body2" data-testid="follow-up-remind-at">
                  {t('followUps.item.reminder', { dateTime: fmt.dateTime(followUp.remindAt) })}
                </Typography>
              </Stack>
            ) : null}
          </Stack>
        ) : null}
      </Box>
    </Box>
  );
}
