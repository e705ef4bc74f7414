import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import type { Formatter } from '../../../i18n/formatter';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { endOfTeamDay, teamDateOf } from '../../collaborators/team-day';
import { useOwnerAt, type OwnerAtAnswer } from '../hooks/useActivityQueries';

function answerText(answer: OwnerAtAnswer, asked: Date, t: Translate, fmt: Formatter): string {
  const date = fmt.date(asked);
  if (!answer.existed) return t('activity.ownerAt.notYet', { date });
  const since = fmt.date(answer.since);
  return answer.owner ? t('activity.ownerAt.owner', { date, name: answer.owner.name, since }) : t('activity.ownerAt.pool', { date, since });
}

/** Who held the customer at the end of a day (the team's day), from the ownership trail. */
export function OwnerOnDate({ customerId }: { customerId: string }) {
  const { t, fmt, timeZone } = useI18n();
  const handleError = useErrorHandler();
  const [date, setDate] = useState('');
  const [asked, setAsked] = useState<Date | null>(null);
  const [ask, { data, loading }] = useOwnerAt();
  const at = endOfTeamDay(date, timeZone);

  async function lookUp() {
    if (!at) return;
    setAsked(at);
    try {
      await ask({ variables: { customerId, at: at.toISOString() } });
    } catch (error) {
      handleError(error);
    }
  }

  return (
    <Box data-testid="owner-on-date">
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('activity.ownerAt.title')}
      </Typography>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void lookUp();
        }}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
      >
        <TextField
          type="date"
          size="small"
          label={t('activity.ownerAt.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          helperText={t('activity.ownerAt.helper')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: teamDateOf(new Date(), timeZone), 'data-testid': 'owner-at-date' } }}
          sx={{ flex: '1 1 180px', maxWidth: 260 }}
        />
        <Button type="submit" variant="outlined" disabled={!at || loading} data-testid="owner-at-submit" sx={{ mt: 0.25 }}>
          {t('activity.ownerAt.ask')}
        </Button>
      </Box>
      {data && asked ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="owner-at-answer" aria-live="polite">
          {answerText(data.ownerAt, asked, t, fmt)}
        </Typography>
      ) : null}
    </Box>
  );
}
