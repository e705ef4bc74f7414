import { useState, type DragEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useCardFileUpload } from '../hooks/useCardFileUpload';
import { TemplateLink } from './TemplateLink';

/** What the file picker offers; the server decides by the bytes, not the name. */
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * The upload step: a card file dropped here or chosen, sent with a progress bar; a refusal says
 * why in the viewer's words, and the template is a click away.
 */
export function CardFileUpload({ onUploaded }: { onUploaded: (id: string) => void }) {
  const t = useT();
  const fmt = useFormat();
  const phone = useIsPhone();
  const { state, upload } = useCardFileUpload(onUploaded);
  const [dragging, setDragging] = useState(false);
  const busy = state.phase === 'uploading';

  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !busy) void upload(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  };

  return (
    <Paper
      variant="outlined"
      data-testid="import-upload"
      data-phase={state.phase}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{ p: { xs: 2, sm: 3 }, borderStyle: 'dashed', borderWidth: 2, borderColor: dragging ? 'primary.main' : 'divider', bgcolor: dragging ? 'action.hover' : 'background.paper' }}
    >
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, alignItems: { xs: 'flex-start', sm: 'center' }, gap: 2 }}>
        <UploadFileOutlined color="primary" sx={{ fontSize: 40 }} />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {t(phone ? 'imports.upload.titlePhone' : 'imports.upload.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('imports.upload.hint')}
          </Typography>
        </Box>
        <Button variant="contained" component="label" disabled={busy} sx={{ flexShrink: 0, width: { xs: '100%', sm: 'auto' } }} data-testid="import-choose-file">
          {t('imports.upload.choose')}
          <input hidden type="file" accept={ACCEPT} data-testid="import-file-input" onChange={(e) => {
            choose(e.target.files);
            e.target.value = '';
          }} />
        </Button>
      </Box>
      {state.phase === 'uploading' ? (
        <Box sx={{ mt: 2 }} data-testid="import-upload-progress" data-sent={state.sent}>
          <LinearProgress variant="determinate" value={state.sent * 100} aria-label={t('imports.upload.progressLabel')} sx={{ height: 6, borderRadius: 3 }} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75, overflowWrap: 'anywhere' }}>
            {t('imports.upload.sending', { name: state.fileName, sent: fmt.share(state.sent, 0) })}
          </Typography>
        </Box>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert severity="error" sx={{ mt: 2, overflowWrap: 'anywhere' }} data-testid="import-upload-error" data-code={state.code}>
          {t('imports.upload.failed', { name: state.fileName, reason: state.message })}
        </Alert>
      ) : null}
      <Box sx={{ mt: 2 }}>
        <TemplateLink />
      </Box>
    </Paper>
  );
}
