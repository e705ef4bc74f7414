import { useCallback, useState } from 'react';
import TextField from '@mui/material/TextField';
import { RELEASE_NOTE_MAX, releaseNoteProblems } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { keysFor, translated, type MessageKey } from '../../../i18n/message-keys';
import { toFieldErrors } from '../../../shared/forms/field-errors';
import { useDialogFormSubmit } from '../../../shared/forms/useDialogFormSubmit';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { whichCustomers, type CustomerMoveTarget } from '../move-target';
import { useReleaseCustomers, type ReleaseResult } from '../hooks/useReleaseCustomers';
import { MoveDialog } from './MoveDialog';
import { MoveTargetText } from './MoveTargetText';
import { ReleaseResults } from './ReleaseResults';

const LABELS = keysFor('moves.field', ['note', 'customerIds', 'filter']) satisfies Record<string, MessageKey>;
const FIELDS = ['note'] as const;

interface Props {
  target: CustomerMoveTarget;
  names?: ReadonlyMap<string, string>;
  onClose: () => void;
  onDone?: (results: ReleaseResult[]) => void;
}

/** A manager puts owned customers back in the pool, saying why (reps looking at the pool read it); then sees each result. */
export function ReleaseDialog({ target, names = new Map(), onClose, onDone }: Props) {
  const t = useT();
  const labels = translated(LABELS, t);
  // The same rule the server applies: required, and at most RELEASE_NOTE_MAX characters.
  const validate = useCallback(({ note }: { note: string }) => toFieldErrors(releaseNoteProblems(note), translated(LABELS, t), t), [t]);
  const form = useValidatedForm({ initial: { note: '' }, validate });
  const { releaseCustomers } = useReleaseCustomers();
  const [results, setResults] = useState<ReleaseResult[] | null>(null);

  const { busy, formMessage, submit } = useDialogFormSubmit({
    form,
    onSubmit: async ({ note }) => {
      const done = await releaseCustomers({ note: note.trim(), ...whichCustomers(target) });
      setResults(done);
      onDone?.(done);
    },
    onClose: useCallback(() => {}, []),
    toErrors: (fields) => toFieldErrors(fields, labels, t),
    fields: FIELDS,
  });

  return (
    <MoveDialog
      name="release"
      title={t('moves.release.title')}
      target={<MoveTargetText target={target} />}
      formMessage={formMessage}
      busy={busy}
      results={results ? <ReleaseResults results={results} names={names} /> : null}
      submitLabel={t('moves.release.submit')}
      submittingLabel={t('moves.release.submitting')}
      danger
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <TextField
        name="note"
        label={labels.note}
        required
        fullWidth
        multiline
        minRows={3}
        value={form.values.note}
        onChange={(e) => form.setValue('note', e.target.value)}
        onBlur={() => form.touch('note')}
        error={Boolean(form.errorFor('note'))}
        helperText={form.errorFor('note') ?? t('moves.release.noteHelper')}
        slotProps={{ htmlInput: { maxLength: RELEASE_NOTE_MAX, 'data-testid': 'release-note' }, formHelperText: { 'data-testid': 'release-note-helper' } as object }}
      />
    </MoveDialog>
  );
}
