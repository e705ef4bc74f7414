import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { keysFor, translated, type MessageKey } from '../../../i18n/message-keys';
import { RepsMoveDialog } from '../../moves/components/RepsMoveDialog';
import { useAssignCustomers, type AssignCustomersInput, type AssignResult } from '../hooks/useAssignCustomers';
import type { PoolFilterInput } from '../pool-filter';

/** The selected cards, or every pool customer the filters match. */
export type AssignTarget = { kind: 'selected'; ids: string[] } | { kind: 'matching'; filter: PoolFilterInput; total: number };

/** The server's limit per request (ASSIGN_LIMITS on the server); it takes the longest-waiting first. */
const AT_MOST = 500;

const LABELS = keysFor('pool.assign.field', ['toUserIds', 'customerIds', 'poolFilter', 'strategy']) satisfies Record<string, MessageKey>;

interface Props {
  target: AssignTarget;
  names: ReadonlyMap<string, string>;
  onClose: () => void;
  onAssigned: (results: AssignResult[]) => void;
}

function describeTarget(target: AssignTarget, t: Translate) {
  if (target.kind === 'selected') return t('pool.assign.targetSelected', { count: target.ids.length });
  return (
    <>
      {t('pool.assign.targetMatching', { count: target.total })}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {t('pool.assign.atMost', { max: AT_MOST })}
      </Typography>
    </>
  );
}

/** A manager gives pool customers to one rep, or shares them over several; then sees each result. */
export function AssignDialog({ target, names, onClose, onAssigned }: Props) {
  const t = useT();
  const { assignCustomers } = useAssignCustomers();
  const which = target.kind === 'selected' ? { customerIds: target.ids } : { poolFilter: target.filter };
  return (
    <RepsMoveDialog
      mode="assign"
      title={t('pool.assign.title')}
      target={<Typography variant="body2">{describeTarget(target, t)}</Typography>}
      labels={translated(LABELS, t)}
      names={names}
      submitLabel={t('pool.assign.submit')}
      submittingLabel={t('pool.assign.submitting')}
      send={(toUserIds, strategy) => assignCustomers({ toUserIds, ...(strategy ? { strategy } : {}), ...which } as AssignCustomersInput)}
      onClose={onClose}
      onDone={onAssigned}
    />
  );
}
