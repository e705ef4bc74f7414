import { useState } from 'react';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import MoreVert from '@mui/icons-material/MoreVert';
import { useT } from '../../../i18n/I18nProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { StartTransferDialog } from '../../transfers/components/StartTransferDialog';
import { MoveDialogFor, type MoveKind } from './CustomerMoves';
import { DisableRepDialog, useSetUserDisabled } from './DisableRepDialog';

interface Props {
  rep: { id: string; name: string; disabled?: boolean | null };
  /** How many customers the rep holds (the Team page's row): the disable dialog tells it. */
  holdings?: number;
}

/**
 * On the Team page, per rep: move every customer they hold to other reps, release them all, or
 * start their departure. An admin may also disable the account (and go on to the departure) or
 * enable it again.
 */
export function RepMovesMenu({ rep, holdings = 0 }: Props) {
  const t = useT();
  const notify = useNotify();
  const admin = useCurrentUser().role === 'ADMIN';
  const { setDisabled } = useSetUserDisabled();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [kind, setKind] = useState<MoveKind | 'departure' | 'disable' | null>(null);
  const open = (chosen: MoveKind | 'departure' | 'disable') => {
    setAnchor(null);
    setKind(chosen);
  };
  const enable = async () => {
    setAnchor(null);
    const refused = await setDisabled(rep.id, false);
    notify(refused ?? t('moves.account.enabled', { name: rep.name }), refused ? 'error' : 'success');
  };
  const disabled = (startDeparture: boolean) => {
    notify(t('moves.disable.done', { name: rep.name }), 'success');
    setKind(startDeparture ? 'departure' : null);
  };
  return (
    <>
      <IconButton size="small" aria-label={t('moves.action.menu', { name: rep.name })} onClick={(e) => setAnchor(e.currentTarget)} data-testid="rep-moves-button">
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => open('reassign')} data-testid="rep-move-all">{t('moves.action.moveAll')}</MenuItem>
        <MenuItem onClick={() => open('release')} data-testid="rep-release-all">{t('moves.action.releaseAll')}</MenuItem>
        <MenuItem onClick={() => open('departure')} data-testid="rep-start-departure">{t('transfers.action.startDeparture')}</MenuItem>
        {admin ? <Divider /> : null}
        {admin && rep.disabled ? (
          <MenuItem onClick={() => void enable()} data-testid="rep-enable">{t('moves.action.enable')}</MenuItem>
        ) : null}
        {admin && !rep.disabled ? (
          <MenuItem onClick={() => open('disable')} data-testid="rep-disable" sx={{ color: 'warning.dark' }}>{t('moves.action.disable')}</MenuItem>
        ) : null}
      </Menu>
      {kind === 'disable' ? <DisableRepDialog rep={rep} holdings={holdings} onClose={() => setKind(null)} onDisabled={disabled} /> : null}
      {kind === 'departure' ? <StartTransferDialog rep={rep} onClose={() => setKind(null)} /> : null}
      {kind === 'reassign' || kind === 'release' ? <MoveDialogFor move={{ kind, target: { kind: 'ownedBy', rep } }} onClose={() => setKind(null)} /> : null}
    </>
  );
}
