import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { AssignmentStrategy } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { toFieldErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { AssignRepsField } from '../../pool/components/AssignRepsField';
import { AssignResults, type AssignMode } from '../../pool/components/AssignResults';
import { AssignStrategyField } from '../../pool/components/AssignStrategyField';
import type { AssignResult } from '../../pool/hooks/useAssignCustomers';
import { useAssignableReps, type AssignableRep } from '../../pool/hooks/useAssignableReps';
import { MoveDialog } from './MoveDialog';

interface Values {
  reps: AssignableRep[];
  strategy: AssignmentStrategy;
}

const FIELDS = ['toUserIds', 'strategy'] as const;

interface Props {
  mode: AssignMode;
  title: string;
  target: ReactNode;
  /** Field names as the server reports problems, in the viewer's words. */
  labels: Record<string, string>;
  names: ReadonlyMap<string, string>;
  /** One rep takes them all: no sharing. */
  single?: boolean;
  /** Not offered: the rep the customers are moved away from. */
  excludeRepId?: string;
  submitLabel: string;
  submittingLabel: string;
  /** Sends the move; with one rep there is nothing to share and `strategy` is left out (the server's default applies). */
  send: (toUserIds: string[], strategy: AssignmentStrategy | undefined) => Promise<AssignResult[]>;
  onClose: () => void;
  onDone: (results: AssignResult[]) => void;
}

/** A manager gives customers (from the pool, or from another rep) to one rep or shares them over several; then sees each result. */
export function RepsMoveDialog({ mode, title, target, labels, names, single, excludeRepId, submitLabel, submittingLabel, send, onClose, onDone }: Props) {
  const t = useT();
  const validate = useCallback((values: Values): FieldErrors => (values.reps.length === 0 ? { toUserIds: t('pool.assign.chooseRep') } : {}), [t]);
  const { reps, loading: loadingReps } = useAssignableReps();
  const options = useMemo(() => reps.filter((r) => r.id !== excludeRepId), [reps, excludeRepId]);
  const [results, setResults] = useState<AssignResult[] | null>(null);
  const form = useValidatedForm<Values>({ initial: { reps: [], strategy: 'ROUND_ROBIN' }, validate });
  const { values, setValue, touch, errorFor } = form;

  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit: async ({ reps: chosen, strategy }) => {
      const done = await send(chosen.map((r) => r.id), chosen.length > 1 ? strategy : undefined);
      setResults(done);
      onDone(done);
    },
    // Success shows the results in place of the form: the dialog stays until the manager closes it.
    onClose: useCallback(() => {}, []),
    toErrors: (fields) => toFieldErrors(fields, labels, t),
    fields: FIELDS,
  });

  return (
    <MoveDialog
      name={mode}
      title={title}
      target={target}
      formMessage={formMessage}
      busy={busy}
      results={results ? <AssignResults results={results} names={names} mode={mode} /> : null}
      submitLabel={submitLabel}
      submittingLabel={submittingLabel}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <AssignRepsField options={options} loading={loadingReps} value={values.reps} error={errorFor('toUserIds')} single={single}
        onChange={(next) => setValue('reps', single ? next.slice(-1) : next)} onBlur={() => touch('toUserIds')} />
      {values.reps.length > 1 ? <AssignStrategyField value={values.strategy} onChange={(strategy) => setValue('strategy', strategy)} /> : null}
    </MoveDialog>
  );
}
