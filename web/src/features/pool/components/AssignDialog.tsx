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
import { toFieldErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
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

const LABELS = { toUserIds: 'Reps', customerIds: 'Customers', poolFilter: 'Filters', strategy: 'Strategy' };
const FIELDS = ['toUserIds', 'strategy'] as const;
const validate = (values: Values): FieldErrors => (values.reps.length === 0 ? { toUserIds: 'Choose at least one rep' } : {});

interface Props {
  target: AssignTarget;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
  onAssigned: (results: AssignResult[]) => void;
}

function describeTarget(target: AssignTarget): string {
  if (target.kind === 'selected') return `${target.ids.length} selected ${target.ids.length === 1 ? 'customer' : 'customers'}`;
  return `All ${target.total} pool ${target.total === 1 ? 'customer' : 'customers'} matching the filters`;
}

/** A manager gives pool customers to one rep, or shares them over several; then sees each result. */
export function AssignDialog({ target, names, onClose, onAssigned }: Props) {
  const phone = useIsPhone();
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
    toErrors: (fields) => toFieldErrors(fields, LABELS),
    fields: FIELDS,
  });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle>Assign customers</DialogTitle>
      <DialogContent dividers>
        {results ? (
          <AssignResults results={results} names={names} />
        ) : (
          <form id="assign-form" data-testid="assign-dialog" noValidate onSubmit={(e) => void submit(e)}>
            <Stack spacing={2.5}>
              <Typography variant="body2" data-testid="assign-target">
                {describeTarget(target)}
                {target.kind === 'matching' ? (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    At most 500 at a time, those waiting longest first.
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
            Done
          </Button>
        ) : (
          <>
            <Button color="inherit" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" form="assign-form" variant="contained" disabled={busy} data-testid="assign-submit">
              {busy ? 'Assigning…' : 'Assign'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
