import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AssignmentStrategy } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { toFieldErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { keysFor, translated, type MessageKey } from '../../../i18n/message-keys';
import { useAssignableReps, type AssignableRep } from '../hooks/useAssignableReps';
import { useAssignCustomers, type AssignCustomersInput, type AssignResult } from '../hooks/useAssignCustomers';
import type { PoolFilterInput } from '../pool-filter';
import { AssignRepsField } from './AssignRepsField';
import { AssignResults } from './AssignResults';
import { AssignStrategyField } from './AssignStrategyField';

/** The selected cards, or every pool customer the filters match. */
export type AssignTarget = { kind: 'selected'; ids: string[] } | { kind: 'matching'; filter: PoolFilterInput; total: number };

interface Values {
  reps: AssignableRep[];
  strategy: AssignmentStrategy;
}

/** The server's limit per request (ASSIGN_LIMITS on the server); it takes the longest-waiting first. */
const AT_MOST = 500;

const FIELDS = ['toUserIds', 'strategy'] as const;
const LABELS = keysFor('pool.assign.field', ['toUserIds', 'customerIds', 'poolFilter', 'strategy']) satisfies Record<string, MessageKey>;

interface Props {
  target: AssignTarget;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
  onAssigned: (results: AssignResult[]) => void;
}

function describeTarget(target: AssignTarget, t: Translate): string {
  if (target.kind === 'selected') return t('pool.assign.targetSelected', { count: target.ids.length });
  return t('pool.assign.targetMatching', { count: target.total });
}

/** A manager gives pool customers to one rep, or shares them over several; then sees each result. */
export function AssignDialog({ target, names, onClose, onAssigned }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const validate = useCallback((values: Values): FieldErrors => (values.reps.length === 0 ? { toUserIds: t('pool.assign.chooseRep') } : {}), [t]);
  const { reps, loading: loadingReps } = useAssignableReps();
  const { assignCustomers } = useAssignCustomers();
  const [results, setResults] = useState<AssignResult[] | null>(null);
  const form = useValidatedForm<Values>({ initial: { reps: [], strategy: 'ROUND_ROBIN' }, validate });
  const { values, setValue, touch, errorFor } = form;

  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit: async ({ reps: chosen, strategy }) => {
      const which = target.kind === 'selected' ? { customerIds: target.ids } : { poolFilter: target.filter };
      // With one rep there is nothing to share: the server's default applies.
      const input = { toUserIds: chosen.map((r) => r.id), ...(chosen.length > 1 ? { strategy } : {}), ...which } as AssignCustomersInput;
      const done = await assignCustomers(input);
      setResults(done);
      onAssigned(done);
    },
    // Success shows the results in place of the form: the dialog stays until the manager closes it.
    onClose: useCallback(() => {}, []),
    toErrors: (fields) => toFieldErrors(fields, translated(LABELS, t), t),
    fields: FIELDS,
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>{t('pool.assign.title')}</DialogTitle>
      <DialogContent dividers>
        {results ? (
          <AssignResults results={results} names={names} />
        ) : (
          <form id="assign-form" data-testid="assign-dialog" noValidate onSubmit={(e) => void submit(e)}>
            <Stack spacing={2.5}>
              <Typography variant="body2" data-testid="assign-target">
                {describeTarget(target, t)}
                {target.kind === 'matching' ? (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {t('pool.assign.atMost', { max: AT_MOST })}
                  </Typography>
                ) : null}
              </Typography>
              {formMessage.length > 0 ? (
                <Alert severity="error" data-testid="assign-error">{formMessage.join(' ')}</Alert>
              ) : null}
              <AssignRepsField options={reps} loading={loadingReps} value={values.reps} error={errorFor('toUserIds')}
                onChange={(next) => setValue('reps', next)} onBlur={() => touch('toUserIds')} />
              {values.reps.length > 1 ? (
                <AssignStrategyField value={values.strategy} onChange={(strategy) => setValue('strategy', strategy)} />
              ) : null}
            </Stack>
          </form>
        )}
      </DialogContent>
      <DialogActions>
        {results ? (
          <Button key="done" variant="contained" onClick={onClose} data-testid="assign-done">
            {t('pool.assign.done')}
          </Button>
        ) : (
          <>
            <Button color="inherit" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" form="assign-form" variant="contained" disabled={busy} data-testid="assign-submit">
              {busy ? t('pool.assign.submitting') : t('pool.assign.submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
