import { createContext, useContext, useState, type ReactNode } from 'react';
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

type Rep = { id: string; name: string; disabled?: boolean | null };

/** A dialog about one rep, opened from their menu. */
interface RepDialog {
  kind: MoveKind | 'departure' | 'disable';
  rep: Rep;
  holdings: number;
}

type ShowRepDialog = (dialog: RepDialog | null) => void;

const RepDialogsContext = createContext<ShowRepDialog | null>(null);

/**
 * Holds the dialogs the rep menus open, above the rows: a row may go while its dialog is open (a
 * disabled rep whose last customer a transfer moves leaves the Team page; so does a rep outside a
 * newly picked department), and the dialog must stay until the admin closes it.
 */
export function RepDialogsHost({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<RepDialog | null>(null);
  return (
    <RepDialogsContext.Provider value={setDialog}>
      {children}
      <RepDialogs dialog={dialog} show={setDialog} />
    </RepDialogsContext.Provider>
  );
}

function RepDialogs({ dialog, show }: { dialog: RepDialog | null; show: ShowRepDialog }) {
  const t = useT();
  const notify = useNotify();
  if (!dialog) return null;
  const { kind, rep, holdings } = dialog;
  const close = () => show(null);
  const disabled = (startDeparture: boolean) => {
    notify(t('moves.disable.done', { name: rep.name }), 'success');
    show(startDeparture ? { ...dialog, kind: 'departure' } : null);
  };
  if (kind === 'disable') return <DisableRepDialog rep={rep} holdings={holdings} onClose={close} onDisabled={disabled} />;
  if (kind === 'departure') return <StartTransferDialog rep={rep} onClose={close} />;
  return <MoveDialogFor move={{ kind, target: { kind: 'ownedBy', rep } }} onClose={close} />;
}

interface Props {
  rep: Rep;
  /** How many customers the rep holds (the Team page's row): the disable dialog tells it. */
  holdings?: number;
}

/**
 * On the Team page, per rep: move every customer they hold to other reps, release them all, or
 * start their departure. An admin may also disable the account (and go on to the departure) or
 * enable it again. The dialogs live in the page's RepDialogsHost when there is one.
 */
export function RepMovesMenu({ rep, holdings = 0 }: Props) {
  const t = useT();
  const notify = useNotify();
  const admin = useCurrentUser().role === 'ADMIN';
  const { setDisabled } = useSetUserDisabled();
  const host = useContext(RepDialogsContext);
  const [local, setLocal] = useState<RepDialog | null>(null);
  const show = host ?? setLocal;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = (kind: RepDialog['kind']) => {
    setAnchor(null);
    show({ kind, rep, holdings });
  };
  const enable = async () => {
    setAnchor(null);
    const refused = await setDisabled(rep.id, false);
    notify(refused ?? t('moves.account.enabled', { name: rep.name }), refused ? 'error' : 'success');
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
      {host ? null : <RepDialogs dialog={local} show={setLocal} />}
    </>
  );
}
