import { useT } from '../../../i18n/I18nProvider';
import { keysFor, translated, type MessageKey } from '../../../i18n/message-keys';
import type { AssignResult } from '../../pool/hooks/useAssignCustomers';
import { movedFrom, whichCustomers, type CustomerMoveTarget } from '../move-target';
import { useReassignCustomers } from '../hooks/useReassignCustomers';
import { MoveTargetText } from './MoveTargetText';
import { RepsMoveDialog } from './RepsMoveDialog';

const LABELS = keysFor('moves.field', ['toUserIds', 'customerIds', 'filter', 'strategy']) satisfies Record<string, MessageKey>;

interface Props {
  target: CustomerMoveTarget;
  /** Company names the page knows, for results the server names none for. */
  names?: ReadonlyMap<string, string>;
  onClose: () => void;
  onDone?: (results: AssignResult[]) => void;
}

/**
 * A manager moves owned customers to another rep (one customer: to one rep; several: one rep, or
 * shared over several by a strategy); then sees each result.
 */
export function ReassignDialog({ target, names = new Map(), onClose, onDone }: Props) {
  const t = useT();
  const { reassignCustomers } = useReassignCustomers();
  const one = target.kind === 'selected' && target.ids.length === 1;
  return (
    <RepsMoveDialog
      mode="reassign"
      title={t('moves.reassign.title', { count: one ? 1 : 2 })}
      target={<MoveTargetText target={target} />}
      labels={translated(LABELS, t)}
      names={names}
      single={one}
      excludeRepId={movedFrom(target)}
      submitLabel={t('moves.reassign.submit')}
      submittingLabel={t('moves.reassign.submitting')}
      send={(toUserIds, strategy) => reassignCustomers({ toUserIds, ...(strategy ? { strategy } : {}), ...whichCustomers(target) })}
      onClose={onClose}
      onDone={(results) => onDone?.(results)}
    />
  );
}
