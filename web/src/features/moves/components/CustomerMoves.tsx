import Button from '@mui/material/Button';
import { useT } from '../../../i18n/I18nProvider';
import type { AssignResult } from '../../pool/hooks/useAssignCustomers';
import type { ReleaseResult } from '../hooks/useReleaseCustomers';
import type { CustomerMoveTarget } from '../move-target';
import { ReassignDialog } from './ReassignDialog';
import { ReleaseDialog } from './ReleaseDialog';

/** Owned customers to another rep, or back to the pool. */
export type MoveKind = 'reassign' | 'release';

/** A move under way: what and which customers, held by the page so the dialog outlives the customers it moved off the screen. */
export interface OpenMove {
  kind: MoveKind;
  target: CustomerMoveTarget;
}

interface ButtonsProps {
  onOpen: (kind: MoveKind) => void;
  disabled?: boolean;
  size?: 'small' | 'medium';
}

/** "Reassign…" and "Release to pool…", for a manager. */
export function MoveButtons({ onOpen, disabled, size }: ButtonsProps) {
  const t = useT();
  return (
    <>
      <Button variant="outlined" size={size} disabled={disabled} onClick={() => onOpen('reassign')} data-testid="reassign-button">
        {t('moves.action.reassign')}
      </Button>
      <Button variant="outlined" size={size} color="warning" disabled={disabled} onClick={() => onOpen('release')} data-testid="release-button">
        {t('moves.action.release')}
      </Button>
    </>
  );
}

interface DialogProps {
  move: OpenMove;
  names?: ReadonlyMap<string, string>;
  onClose: () => void;
  onDone?: (results: (AssignResult | ReleaseResult)[]) => void;
}

/** The open move's dialog. */
export function MoveDialogFor({ move, names, onClose, onDone }: DialogProps) {
  return move.kind === 'reassign' ? (
    <ReassignDialog target={move.target} names={names} onClose={onClose} onDone={onDone} />
  ) : (
    <ReleaseDialog target={move.target} names={names} onClose={onClose} onDone={onDone} />
  );
}
