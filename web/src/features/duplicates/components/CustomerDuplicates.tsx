import Typography from '@mui/material/Typography';
import type { DuplicateGuard } from '../hooks/useDuplicateGuard';
import { AcknowledgeDuplicates } from './AcknowledgeDuplicates';
import { DuplicatePanel } from './DuplicatePanel';

/** The duplicate check under a customer form, with the acknowledgement a warning asks for. */
export function CustomerDuplicates({ guard, id }: { guard: DuplicateGuard; id?: string }) {
  if (!guard.result || !guard.headline) {
    if (guard.failed) {
      return (
        <Typography variant="caption" color="text.secondary" data-testid="duplicate-check-failed">
          Could not check for duplicates just now; Berth checks again when you save.
        </Typography>
      );
    }
    return guard.checking ? (
      <Typography variant="caption" color="text.secondary" data-testid="duplicate-checking">
        Checking Berth for this company…
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
