import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { MOVE_AT_MOST, describeMoveTarget, type CustomerMoveTarget } from '../move-target';

/** Which customers a move takes, above its fields; by filter, the server's limit beside. */
export function MoveTargetText({ target }: { target: CustomerMoveTarget }) {
  const t = useT();
  return (
    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {describeMoveTarget(target, t)}
      {target.kind === 'selected' ? null : (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t('moves.target.atMost', { max: MOVE_AT_MOST })}
        </Typography>
      )}
    </Typography>
  );
}
