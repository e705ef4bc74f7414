import { useCallback, useMemo, useState } from 'react';
import TextField from '@mui/material/TextField';
import { TRANSFER_LIMITS, transferRequestProblems } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { keysFor, translated, type MessageKey } from '../../../i18n/message-keys';
import { describeError } from '../../../shared/errors/describe-error';
import { toFieldErrors, type FieldErrors } from '../../../shared/forms/field-errors';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { MoveDialog } from '../../moves/components/MoveDialog';
import { AssignRepsField } from '../../pool/components/AssignRepsField';
import { useAssignableReps, type AssignableRep } from '../../pool/hooks/useAssignableReps';
import { useStartTransfer } from '../hooks/useStartTransfer';
import { useTransferPreview } from '../hooks/useTransferPreview';
import type { TransferDetail, TransferReceiverMode } from '../transfer-types';
import { ReceiverModeField } from './ReceiverModeField';
import { TransferCreated } from './TransferCreated';
import { TransferPreviewPanel } from './TransferPreviewPanel';

const LABELS = keysFor('transfers.field', ['fromUserId', 'toUserIds', 'customerIds', 'keepReadDays', 'note', 'receiverMode']) satisfies Record<string, MessageKey>;
const FIELDS = ['toUserIds', 'keepReadDays', 'note'] as const;

interface Values {
  mode: TransferReceiverMode;
  reps: AssignableRep[];
  keepReadDays: string;
  note: string;
}

const INITIAL: Values = { mode: 'SPREAD', reps: [], keepReadDays: '', note: '' };

const readDays = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
const receiverIds = ({ mode, reps }: Values): string[] => (mode === 'POOL' ? [] : reps.map((r) => r.id));

interface Props {
  /** The rep who leaves: every customer they hold moves. */
  rep: { id: string; name: string };
  onClose: () => void;
  onStarted?: (request: TransferDetail) => void;
}

/**
 * A manager starts a rep's departure: where their customers go (one rep, spread over chosen reps,
 * or the pool), read-only days for the rep, and why. A live preview shows what moves, to whom,
 * and whether it waits for approval; once sent, the request in place of the form.
 */
export function StartTransferDialog({ rep, onClose, onStarted }: Props) {
  const t = useT();
  const labels = translated(LABELS, t);
  const validate = useCallback((values: Values): FieldErrors => {
    // The server's own rules for days and note; an empty choice of receivers is asked for in words.
    const problems = transferRequestProblems({
      fromUserId: Number(rep.id),
      receiverMode: values.mode,
      toUserIds: receiverIds(values).map(Number),
      keepReadDays: readDays(values.keepReadDays),
      note: values.note,
    }).filter((p) => p.field !== 'toUserIds');
    const errors = toFieldErrors(problems, translated(LABELS, t), t);
    return values.mode !== 'POOL' && values.reps.length === 0 ? { ...errors, toUserIds: t('transfers.start.chooseRep') } : errors;
  }, [rep.id, t]);
  const form = useValidatedForm<Values>({ initial: INITIAL, validate });
  const { values, setValue, touch, errorFor } = form;
  const { reps, loading: loadingReps } = useAssignableReps();
  const options = useMemo(() => reps.filter((r) => r.id !== rep.id), [reps, rep.id]);
  const { startTransfer } = useStartTransfer();
  const [created, setCreated] = useState<TransferDetail | null>(null);

  const toUserIds = receiverIds(values);
  const previewInput = values.mode !== 'POOL' && toUserIds.length === 0 ? null : { fromUserId: rep.id, receiverMode: values.mode, toUserIds };
  const previewed = useTransferPreview(previewInput);
  const previewProblem = previewed.error ? describePreviewError(previewed.error, labels, t) : null;

  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit: async (v) => {
      const days = readDays(v.keepReadDays);
      const request = await startTransfer({ fromUserId: rep.id, receiverMode: v.mode, toUserIds: receiverIds(v), note: v.note.trim(), ...(days === null ? {} : { keepReadDays: days }) });
      setCreated(request);
      onStarted?.(request);
    },
    // Success shows the request in place of the form: the dialog stays until the manager closes it.
    onClose: useCallback(() => {}, []),
    toErrors: (fields) => toFieldErrors(fields, labels, t),
    fields: FIELDS,
  });

  const chooseMode = (mode: TransferReceiverMode) => {
    setValue('mode', mode);
    if (mode === 'ONE') setValue('reps', values.reps.slice(-1));
  };

  return (
    <MoveDialog
      name="transfer"
      title={t('transfers.start.title', { name: rep.name })}
      target={t('transfers.start.target', { name: rep.name })}
      formMessage={formMessage}
      busy={busy}
      results={created ? <TransferCreated request={created} /> : null}
      submitLabel={t('transfers.start.submit')}
      submittingLabel={t('transfers.start.submitting')}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <ReceiverModeField value={values.mode} onChange={chooseMode} />
      {values.mode === 'POOL' ? null : (
        <AssignRepsField options={options} loading={loadingReps} value={values.reps} error={errorFor('toUserIds')} single={values.mode === 'ONE'}
          onChange={(next) => setValue('reps', values.mode === 'ONE' ? next.slice(-1) : next)} onBlur={() => touch('toUserIds')} />
      )}
      <TransferPreviewPanel preview={previewed.preview} loading={previewed.loading} problem={previewProblem} fromName={rep.name} />
      <TextField
        name="keepReadDays"
        label={t('transfers.start.keepReadDays')}
        type="number"
        fullWidth
        value={values.keepReadDays}
        onChange={(e) => setValue('keepReadDays', e.target.value)}
        onBlur={() => touch('keepReadDays')}
        error={Boolean(errorFor('keepReadDays'))}
        helperText={errorFor('keepReadDays') ?? t('transfers.start.keepReadDaysHint', { name: rep.name })}
        slotProps={{ htmlInput: { min: 1, max: TRANSFER_LIMITS.keepReadDaysMax, 'data-testid': 'transfer-keep-read-days' } }}
      />
      <TextField
        name="note"
        label={t('transfers.start.note')}
        required
        fullWidth
        multiline
        minRows={2}
        value={values.note}
        onChange={(e) => setValue('note', e.target.value)}
        onBlur={() => touch('note')}
        error={Boolean(errorFor('note'))}
        helperText={errorFor('note') ?? t('transfers.start.noteHint')}
        slotProps={{ htmlInput: { maxLength: TRANSFER_LIMITS.noteMax, 'data-testid': 'transfer-note' }, formHelperText: { 'data-testid': 'transfer-note-helper' } as object }}
      />
    </MoveDialog>
  );
}

/** A preview the server refuses (a receiver outside the team, nothing to move): its problems in words. */
function describePreviewError(error: unknown, labels: Record<string, string>, t: ReturnType<typeof useT>): string {
  const described = describeError(error, t);
  const fields = Object.values(toFieldErrors(described.fields, labels, t));
  return fields.length > 0 ? fields.join(' ') : described.message;
}
