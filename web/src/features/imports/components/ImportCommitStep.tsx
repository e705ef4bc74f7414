import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { FieldProblem } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { commitErrors, DEFAULT_CHOICES, destinationInput, destinationProblems, rowsToWrite, type ImportChoices } from '../commit-choices';
import { useCommitImport } from '../hooks/useCommitImport';
import type { ImportJobDetail } from '../import-types';
import { ImportClassChoices } from './ImportClassChoices';
import { ImportDestinationField, type DestinationState } from './ImportDestinationField';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'classCounts' | 'totalRows'>;
  /** The import moved on elsewhere (started in another tab, cancelled): read it again. */
  onStale: () => void;
}

/**
 * The import step, for the uploader once every row is checked: what to do with each class of row
 * and where new customers go (a manager chooses; a rep's go to them), then "Import". Whether reps
 * are chosen is checked here before sending; the server's BAD_USER_INPUT problems land in the same
 * places. Once started, the job's answer (IMPORTING) moves the page on.
 */
export function ImportCommitStep({ job, onStale }: Props) {
  const t = useT();
  const viewer = useCurrentUser();
  const handleError = useErrorHandler();
  const { commitImport, committing } = useCommitImport();
  const choosesDestination = viewer.role !== 'REP';
  const [choices, setChoices] = useState<ImportChoices>(DEFAULT_CHOICES);
  const [destination, setDestination] = useState<DestinationState>({ kind: 'POOL', reps: [], strategy: 'ROUND_ROBIN' });
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [submitted, setSubmitted] = useState(false);

  const clientProblems = destinationProblems(destination, viewer);
  const names = new Map(destination.reps.map((r) => [r.id, r.name]));
  const shown = serverProblems.length ? serverProblems : submitted ? clientProblems : [];
  const errors = commitErrors(shown, t, { names, choosesDestination });
  const toWrite = rowsToWrite(job.classCounts, choices);

  const change = <V,>(set: (value: V) => void) => (value: V) => {
    setServerProblems([]);
    set(value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (clientProblems.length > 0) return;
    try {
      await commitImport({ id: job.id, choices, destination: destinationInput(destination, viewer) });
    } catch (error) {
      const described = describeError(error, t);
      handleError(error, { inline: described.fields.length > 0 });
      if (described.fields.length > 0) setServerProblems(described.fields);
      else if (described.code === 'IMPORT_ALREADY_STARTED' || described.code === 'IMPORT_NOT_CHECKED') onStale();
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => void submit(e)} sx={{ mb: 4 }} data-testid="import-commit">
      <Typography variant="h2" sx={{ mb: 0.5 }}>
        {t('imports.commit.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('imports.commit.hint')}
      </Typography>
      <ImportClassChoices counts={job.classCounts} choices={choices} onChange={change(setChoices)} />
      <Typography variant="subtitle1" component="h3" id="import-destination-title" sx={{ fontWeight: 600, mb: 1 }}>
        {t('imports.commit.destinationTitle')}
      </Typography>
      {choosesDestination ? (
        <ImportDestinationField value={destination} errors={errors} onChange={change(setDestination)} />
      ) : (
        <Typography variant="body2" data-testid="import-destination-you">
          {t('imports.commit.toYou')}
        </Typography>
      )}
      {errors.general.map((message) => (
        <Alert key={message} severity="error" sx={{ mt: 2 }} data-testid="import-commit-problem">
          {message}
        </Alert>
      ))}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 3 }}>
        <Button type="submit" variant="contained" disabled={committing || toWrite === 0} data-testid="import-commit-submit" sx={{ width: { xs: '100%', sm: 'auto' } }}>
          {committing ? t('imports.commit.submitting') : toWrite > 0 ? t('imports.commit.submit', { count: toWrite }) : t('imports.commit.nothing')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="import-commit-skipped">
          {t('imports.commit.skipped', { count: job.totalRows - toWrite })}
        </Typography>
      </Box>
    </Box>
  );
}
