import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { DescribedError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useUndoImport } from '../hooks/useUndoImport';
import type { ImportJobDetail } from '../import-types';
import { AskOnceDialog } from './AskOnceDialog';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'outcomeCounts'>;
  /** The server's deadline for the undo (`undoableUntil`), by its own clock. */
  until: string;
  /** The import is not where this page thought (undone or refused elsewhere): read it again. */
  onStale: () => void;
}

/**
 * "Undo import" on a finished import, while the server offers it (the page decides), with the
 * server's deadline; asked once. A refusal is shown here by its code.
 * Once accepted, the job's answer (UNDOING) moves the page on.
 */
export function ImportUndoOffer({ job, until, onStale }: Props) {
  const t = useT();
  const fmt = useFormat();
  const handleError = useErrorHandler();
  const { undoImport, undoing } = useUndoImport();
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<DescribedError | null>(null);

  const undo = async () => {
    setRefusal(null);
    try {
      await undoImport(job.id);
    } catch (error) {
      const described = handleError(error, { inline: true });
      setRefusal(described);
      if (described.code === 'IMPORT_NOT_FINISHED') onStale();
    } finally {
      setAsking(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} data-testid="import-undo" data-state="offer">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Box sx={{ flex: '1 1 240px', minWidth: 0 }}>
          <Typography variant="subtitle2">{t('imports.undo.offerTitle')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('imports.undo.offerHint')}{' '}
            <Box component="span" data-testid="import-undo-deadline">
              {t('imports.undo.deadline', { when: fmt.dateTime(until) })}
            </Box>
          </Typography>
        </Box>
        <Button variant="outlined" color="warning" startIcon={<UndoOutlined />} onClick={() => setAsking(true)} disabled={undoing}
          sx={{ flexShrink: 0, width: { xs: '100%', sm: 'auto' } }} data-testid="undo-import">
          {t('imports.undo.button')}
        </Button>
      </Box>
      {refusal ? (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="import-undo-error" data-code={refusal.code}>
          {refusal.message}
        </Alert>
      ) : null}
      {asking ? (
        // What goes (created customers nobody has worked on since, at most all it created) and what stays.
        <AskOnceDialog title={t('imports.undo.confirmTitle')} maxWidth="sm"
          paragraphs={[t('imports.undo.confirmRemoves', { count: job.outcomeCounts.CREATED }), t('imports.undo.confirmKeeps'), t('imports.undo.confirmStays')]}
          keepLabel={t('imports.undo.keep')} confirmLabel={t(undoing ? 'imports.undo.confirming' : 'imports.undo.confirm')} color="warning" busy={undoing}
          onKeep={() => setAsking(false)} onConfirm={() => void undo()}
          testIds={{ dialog: 'undo-import-dialog', keep: 'keep-import', confirm: 'confirm-undo-import' }} />
      ) : null}
    </Paper>
  );
}
