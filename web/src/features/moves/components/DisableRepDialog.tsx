import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { toFieldErrors } from '../../../shared/forms/field-errors';
import { graphql } from '../../../gql';

export const SET_USER_DISABLED_MUTATION = graphql(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      id
      disabled
    }
  }
`);

/**
 * An admin disables or enables an account. The answer is the user, normalized: the Team page's
 * row (which reads `disabled`) updates from it. Refusals come back in words (CANNOT_DISABLE_SELF).
 */
export function useSetUserDisabled() {
  const t = useT();
  const [mutate, { loading }] = useMutation(SET_USER_DISABLED_MUTATION);
  const setDisabled = async (userId: string, disabled: boolean): Promise<string | null> => {
    try {
      await mutate({ variables: { userId, disabled } });
      return null;
    } catch (error) {
      const described = describeError(error, t);
      const fields = Object.values(toFieldErrors(described.fields, { userId: t('moves.field.userId') }, t));
      return fields.length > 0 ? fields.join(' ') : described.message;
    }
  };
  return { setDisabled, busy: loading };
}

interface Props {
  rep: { id: string; name: string };
  /** How many customers the rep holds (the Team page's row). */
  holdings: number;
  onClose: () => void;
  /** After the account is disabled: whether the admin asked to start the rep's departure next. */
  onDisabled: (startDeparture: boolean) => void;
}

/**
 * An admin confirms disabling a rep: they can no longer sign in and their sessions end at once.
 * A rep who holds customers keeps them until a transfer moves them, so the admin is offered
 * (ticked by default) to start the rep's departure right after.
 */
export function DisableRepDialog({ rep, holdings, onClose, onDisabled }: Props) {
  const t = useT();
  const { setDisabled, busy } = useSetUserDisabled();
  const [thenDeparture, setThenDeparture] = useState(holdings > 0);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const refused = await setDisabled(rep.id, true);
    if (refused) setProblem(refused);
    else onDisabled(holdings > 0 && thenDeparture);
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="disable-rep-title">
      <DialogTitle id="disable-rep-title">{t('moves.disable.title', { name: rep.name })}</DialogTitle>
      <DialogContent dividers>
        <form id="disable-rep-form" data-testid="disable-dialog" noValidate onSubmit={(e) => void submit(e)}>
          <Stack spacing={1.5}>
            {problem ? <Alert severity="error" data-testid="disable-error">{problem}</Alert> : null}
            <Typography variant="body2" data-testid="disable-explain">{t('moves.disable.explain', { name: rep.name })}</Typography>
            <Typography variant="body2" color="text.secondary" data-testid="disable-holdings">{t('moves.disable.holds', { count: holdings })}</Typography>
            {holdings > 0 ? (
              <FormControlLabel
                sx={{ alignItems: 'flex-start', mr: 0 }}
                control={<Checkbox checked={thenDeparture} onChange={(e) => setThenDeparture(e.target.checked)} sx={{ mt: -0.75 }} slotProps={{ input: { 'data-testid': 'disable-then-departure' } as object }} />}
                label={
                  <span>
                    <Typography variant="body2" component="span" sx={{ display: 'block' }}>{t('moves.disable.thenDeparture')}</Typography>
                    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>{t('moves.disable.thenDepartureHint')}</Typography>
                  </span>
                }
              />
            ) : null}
          </Stack>
        </form>
      </DialogContent>
      <DialogActions>
        <Button color="inherit" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form="disable-rep-form" variant="contained" color="warning" disabled={busy} data-testid="disable-submit">
          {busy ? t('moves.disable.submitting') : t('moves.disable.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Beside a rep's name on the Team page: their account is disabled (they still hold customers). */
export function DisabledChip() {
  const t = useT();
  return <Chip size="small" variant="outlined" color="warning" label={t('moves.account.disabled')} data-testid="rep-disabled-chip" sx={{ height: 20, fontSize: 11, mt: 0.25 }} />;
}
