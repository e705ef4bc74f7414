import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import MoreVert from '@mui/icons-material/MoreVert';
import { useT } from '../../../i18n/I18nProvider';
import { StartTransferDialog } from '../../transfers/components/StartTransferDialog';
import { MoveDialogFor, type MoveKind } from './CustomerMoves';

/** On the Team page, per rep: move every customer they hold to other reps, or release them all (a rep who left). */
export function RepMovesMenu({ rep }: { rep: { id: string; name: string } }) {
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [kind, setKind] = useState<MoveKind | 'departure' | null>(null);
  const open = (chosen: MoveKind | 'departure') => {
    setAnchor(null);
    setKind(chosen);
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
      </Menu>
      {kind === 'departure' ? <StartTransferDialog rep={rep} onClose={() => setKind(null)} /> : null}
      {kind && kind !== 'departure' ? <MoveDialogFor move={{ kind, target: { kind: 'ownedBy', rep } }} onClose={() => setKind(null)} /> : null}
    </>
  );
}
