import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { DuplicateGuard } from '../hooks/useDuplicateGuard';
import { AcknowledgeDuplicates } from './AcknowledgeDuplicates';
import { DuplicatePanel } from './DuplicatePanel';

/** The duplicate check under a customer form, with the acknowledgement a warning asks for. */
export function CustomerDuplicates({ guard, id }: { guard: DuplicateGuard; id?: string }) {
  const t = useT();
  if (!guard.result || !guard.headline) {
    if (guard.failed) {
      return (
        <Typography variant="caption" color="text.secondary" data-testid="duplicate-check-failed">
          {t('duplicates.checkFailed')}
        </Typography>
      );
    }
    return guard.checking ? (
      <Typography variant="caption" color="text.secondary" data-testid="duplicate-checking">
        {t('duplicates.checking')}
      </Typography>
    ) : null;
  }
  return (
    <DuplicatePanel id={id} result={guard.result} headline={guard.headline} checking={guard.checking} fromServer={guard.fromServer}>
      {guard.needsAcknowledgement ? (
        <AcknowledgeDuplicates checked={guard.acknowledged} onChange={guard.setAcknowledged} error={guard.acknowledgementError} />
      ) : null}
    </DuplicatePanel>
  );
}
