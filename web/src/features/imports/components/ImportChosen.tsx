import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { STRATEGY_LABELS } from '../../pool/pool-labels';
import { CHOOSABLE_CLASSES } from '../commit-choices';
import { choiceLabel, classLabel } from '../import-labels';
import type { ImportJobDetail } from '../import-types';

type Job = Pick<ImportJobDetail, 'choices' | 'destination'>;

/** What was chosen when the import started: per class, and where the new customers go. */
export function ImportChosen({ job }: { job: Job }) {
  const t = useT();
  const fmt = useFormat();
  const viewer = useCurrentUser();
  const { choices, destination } = job;
  if (!choices || !destination) return null;
  // The reps as the server names them, in the order dealt; the viewer is "you".
  const names = destination.users.map((user) => (user.id === viewer.id ? t('imports.chosen.you') : user.name));

  let where: string;
  if (destination.kind === 'POOL') where = t('imports.chosen.POOL');
  else if (destination.kind === 'ONE_REP') {
    const [rep] = destination.users;
    where = rep?.id === viewer.id ? t('imports.chosen.toYou') : rep ? t('imports.chosen.ONE_REP', { name: rep.name }) : t('imports.chosen.oneRep');
  } else {
    const strategy = t(STRATEGY_LABELS[destination.strategy ?? 'ROUND_ROBIN'].label);
    // A rep the server no longer finds is left out of `users`: then only the count is sure.
    where = names.length > 0 && names.length === destination.userIds.length
      ? t('imports.chosen.SPREAD', { names: fmt.list(names), strategy })
      : t('imports.chosen.spreadCount', { count: destination.userIds.length, strategy });
  }
  return (
    <Box sx={{ mb: 3, typography: 'body2', color: 'text.secondary', overflowWrap: 'anywhere' }} data-testid="import-chosen" data-kind={destination.kind}>
      <Typography variant="subtitle2" component="h2" sx={{ color: 'text.primary', mb: 0.5 }}>
        {t('imports.chosen.title')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {CHOOSABLE_CLASSES.map(({ rowClass, choice }) => (
          <li key={rowClass} data-testid={`import-chosen-${rowClass}`} data-choice={choices[choice]}>
            {t('imports.chosen.class', { class: classLabel(rowClass, t), choice: choiceLabel(choice, choices[choice], t) })}
          </li>
        ))}
        <li data-testid="import-chosen-destination">{where}</li>
      </Box>
      <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
        {t('imports.chosen.alwaysSkipped')}
      </Typography>
    </Box>
  );
}
