import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useAssignableReps } from '../../pool/hooks/useAssignableReps';
import { STRATEGY_LABELS } from '../../pool/pool-labels';
import { CHOOSABLE_CLASSES } from '../commit-choices';
import { choiceLabel, classLabel } from '../import-labels';
import type { ImportJobDetail } from '../import-types';

type Job = Pick<ImportJobDetail, 'choices' | 'destination' | 'createdBy'>;

/** Who receives the new customers, by name where the page knows them (the viewer as "you", the uploader, the viewer's team); null for anyone else. */
function useReceiverNames(job: Job): (string | null)[] {
  const t = useT();
  const viewer = useCurrentUser();
  const ids = job.destination?.kind === 'POOL' ? [] : (job.destination?.userIds ?? []);
  const known = new Map([[job.createdBy.id, job.createdBy.name]]);
  const needsTeam = viewer.role !== 'REP' && ids.some((id) => id !== viewer.id && !known.has(id));
  const { reps } = useAssignableReps(!needsTeam);
  for (const rep of reps) known.set(rep.id, rep.name);
  return ids.map((id) => (id === viewer.id ? t('imports.chosen.you') : (known.get(id) ?? null)));
}

/** What was chosen when the import started: per class, and where the new customers go. */
export function ImportChosen({ job }: { job: Job }) {
  const t = useT();
  const fmt = useFormat();
  const viewer = useCurrentUser();
  const names = useReceiverNames(job);
  const { choices, destination } = job;
  if (!choices || !destination) return null;

  let where: string;
  if (destination.kind === 'POOL') where = t('imports.chosen.POOL');
  else if (destination.kind === 'ONE_REP') {
    const name = names[0];
    where = destination.userIds[0] === viewer.id ? t('imports.chosen.toYou') : name ? t('imports.chosen.ONE_REP', { name }) : t('imports.chosen.oneRep');
  } else {
    const strategy = t(STRATEGY_LABELS[destination.strategy ?? 'ROUND_ROBIN'].label);
    const everyone = names.filter((name): name is string => name !== null);
    where = everyone.length === names.length
      ? t('imports.chosen.SPREAD', { names: fmt.list(everyone), strategy })
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
