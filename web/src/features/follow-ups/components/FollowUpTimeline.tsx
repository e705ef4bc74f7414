import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useNow } from '../../../shared/hooks/useNow';
import { countedKinds, toLogFollowUpInput } from '../follow-up-form-values';
import { useLogFollowUp } from '../hooks/useLogFollowUp';
import { FollowUpFormDialog } from './FollowUpFormDialog';
import { FollowUpItem } from './FollowUpItem';
import type { FollowUpTimelineCustomer } from './FollowUpTimeline.fragment';

const { minFollowUpLength } = DEFAULT_POOL_POLICY;

/** Every contact with the customer, newest first; the valid ones are what keeps the owner protected. */
export function FollowUpTimeline({ customer, readOnly = false }: { customer: FollowUpTimelineCustomer; readOnly?: boolean }) {
  const t = useT();
  const [logging, setLogging] = useState(false);
  const { logFollowUp } = useLogFollowUp();
  const notify = useNotify();
  // One clock for the whole list, so every row agrees on "3 hours ago".
  const now = useNow();
  const followUps = [...customer.followUps].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));

  return (
    <Box data-testid="follow-up-timeline" data-count={followUps.length}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h3" component="h2">
          {t('followUps.timeline.title', { count: followUps.length })}
        </Typography>
        {readOnly ? null : (
          <Button variant="contained" startIcon={<AddCommentOutlined />} onClick={() => setLogging(true)} data-testid="log-follow-up-button">
            {t('followUps.timeline.log')}
          </Button>
        )}
      </Stack>

      {followUps.length === 0 ? (
        <Card>
          <CardContent sx={{ textAlign: 'center', py: 5, color: 'text.secondary' }}>
            <EventNoteOutlined sx={{ fontSize: 40, mb: 1 }} />
            <Typography variant="body2" sx={{ maxWidth: 460, mx: 'auto' }}>
              {t('followUps.timeline.empty', { kinds: countedKinds(t), min: minFollowUpLength })}
            </Typography>
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
            <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('followUps.timeline.listLabel')}>
              {followUps.map((followUp, index) => (
                <FollowUpItem key={followUp.id} followUp={followUp} now={now} last={index === followUps.length - 1} />
              ))}
            </Box>
          </CardContent>
        </Card>
      )}

      {logging ? (
        <FollowUpFormDialog
          onClose={() => setLogging(false)}
          onSubmit={async (values) => {
            const logged = await logFollowUp(toLogFollowUpInput(customer.id, values));
            notify(t(logged?.counted ? 'followUps.timeline.loggedExtended' : 'followUps.timeline.logged'), 'success');
          }}
        />
      ) : null}
    </Box>
  );
}
