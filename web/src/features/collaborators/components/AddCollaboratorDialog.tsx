import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COLLABORATOR_ACCESS, type CollaboratorAccess } from '@berth/domain';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { isFormProblem } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { toFieldErrors, unplacedErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { AssignRepsField } from '../../pool/components/AssignRepsField';
import type { AssignableRep } from '../../pool/hooks/useAssignableReps';
import { ACCESS_HELP, ACCESS_LABELS } from '../collaborator-labels';
import { useAddCollaborator } from '../hooks/useCollaboratorMutations';
import { useCollaboratorCandidates } from '../hooks/useCollaboratorCandidates';
import { endOfTeamDay, teamDateOf } from '../team-day';
import type { CollaboratorListCustomer } from './CollaboratorList.fragment';

const FIELDS = ['userId', 'access', 'expiresAt'] as const;
const labels = (t: Translate) => ({
  userId: t('collaborators.field.userId'),
  access: t('collaborators.field.access'),
  expiresAt: t('collaborators.field.expiresAt'),
});

interface Props {
  customer: CollaboratorListCustomer;
  viewerId: string;
  onClose: () => void;
}

/**
 * Shares the customer with a colleague, read-only or read-write, through an optional last day.
 * The day is the team's: access ends at 23:59:59 of it in the team's zone (the formatter's zone),
 * sent as that instant, so the list shows the same day back to everyone.
 */
export function AddCollaboratorDialog({ customer, viewerId, onClose }: Props) {
  const { t, timeZone } = useI18n();
  const phone = useIsPhone();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { candidates, loading: loadingPeople } = useCollaboratorCandidates(customer, viewerId, false);
  const { addCollaborator, loading } = useAddCollaborator();
  const [person, setPerson] = useState<AssignableRep | null>(null);
  const [access, setAccess] = useState<CollaboratorAccess>('READ');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const today = teamDateOf(new Date(), timeZone);

  async function submit() {
    if (!person) {
      setErrors({ userId: t('collaborators.dialog.choosePerson') });
      return;
    }
    const expiresAt = until ? endOfTeamDay(until, timeZone) : null;
    try {
      await addCollaborator({ customerId: customer.id, userId: person.id, access, ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}) });
      notify(t('collaborators.added', { name: person.name }), 'success');
      onClose();
    } catch (error) {
      const described = handleError(error, { inline: true });
      if (isFormProblem(described)) setErrors(toFieldErrors(described.fields, labels(t), t));
      else if (described.code !== 'UNAUTHENTICATED') setErrors({ form: described.message });
    }
  }

  const stray = unplacedErrors(errors, FIELDS);
  return (
    <Dialog open onClose={loading ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{t('collaborators.dialog.title', { company: customer.companyName })}</DialogTitle>
      <DialogContent dividers>
        <Stack
          component="form"
          id="add-collaborator-form"
          data-testid="add-collaborator-dialog"
          noValidate
          spacing={2.5}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {stray.length > 0 ? (
            <Alert severity="error" data-testid="add-collaborator-error">
              {stray.join(' ')}
            </Alert>
          ) : null}
          <AssignRepsField
            single
            options={candidates}
            loading={loadingPeople}
            value={person ? [person] : []}
            onChange={(chosen) => {
              setPerson(chosen.at(-1) ?? null);
              setErrors((current) => ({ ...current, userId: '' }));
            }}
            onBlur={() => {}}
            error={errors.userId || undefined}
            words={{
              label: t('collaborators.dialog.person'),
              placeholder: t('collaborators.dialog.personPlaceholder'),
              helper: t('collaborators.dialog.personHelper'),
            }}
          />
          <FormControl error={Boolean(errors.access)}>
            <FormLabel id="collaborator-access-label">{t('collaborators.dialog.access')}</FormLabel>
            <RadioGroup aria-labelledby="collaborator-access-label" name="access" value={access} onChange={(e) => setAccess(e.target.value as CollaboratorAccess)}>
              {COLLABORATOR_ACCESS.map((choice) => (
                <FormControlLabel
                  key={choice}
                  value={choice}
                  control={<Radio />}
                  data-testid={`collaborator-access-${choice}`}
                  label={
                    <>
                      <Typography variant="body2">{t(ACCESS_LABELS[choice])}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {t(ACCESS_HELP[choice])}
                      </Typography>
                    </>
                  }
                  sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 }, mb: 0.5 }}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField
            type="date"
            name="expiresAt"
            label={t('collaborators.dialog.until')}
            value={until}
            onChange={(e) => {
              setUntil(e.target.value);
              setErrors((current) => ({ ...current, expiresAt: '' }));
            }}
            error={Boolean(errors.expiresAt)}
            helperText={errors.expiresAt || t('collaborators.dialog.untilHelper', { zone: timeZone })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today, 'data-testid': 'collaborator-until' } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button type="submit" form="add-collaborator-form" variant="contained" disabled={loading} data-testid="add-collaborator-submit">
          {loading ? t('collaborators.dialog.submitting') : t('collaborators.dialog.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
