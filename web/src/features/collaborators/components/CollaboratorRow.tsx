import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { ACCESS_LABELS } from '../collaborator-labels';
import type { Collaborator } from './CollaboratorList.fragment';

interface Props {
  collaborator: Collaborator;
  isViewer: boolean;
  /** The owner's side: change the access and remove. */
  manages: boolean;
  busy: boolean;
  onToggleAccess: () => void;
  onRemove: () => void;
}

/** Who, how, until when and granted by whom; the actions the viewer may take on it. */
export function CollaboratorRow({ collaborator, isViewer, manages, busy, onToggleAccess, onRemove }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { user, access, expiresAt, grantedBy, grantedAt } = collaborator;
  return (
    <Box
      component="li"
      data-testid="collaborator-row"
      data-user-id={user.id}
      data-access={access}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, py: 1.5, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
    >
      <Box sx={{ flex: '1 1 220px', minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle2" data-testid="collaborator-name" sx={{ overflowWrap: 'anywhere' }}>
            {isViewer ? t('collaborators.you', { name: user.name }) : user.name}
          </Typography>
          <Chip size="small" color={access === 'WRITE' ? 'primary' : 'default'} variant="outlined" label={t(ACCESS_LABELS[access])} data-testid="collaborator-access" />
        </Box>
        <Typography variant="body2" color="text.secondary" data-testid="collaborator-until">
          {expiresAt ? t('collaborators.until', { date: fmt.date(expiresAt) }) : t('collaborators.noEnd')}
          {' · '}
          <Tooltip title={fmt.dateTime(grantedAt)}>
            <span>{t('collaborators.grantedBy', { name: grantedBy.name, when: fmt.relative(grantedAt) })}</span>
          </Tooltip>
        </Typography>
      </Box>
      {manages ? (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button size="small" variant="outlined" disabled={busy} onClick={onToggleAccess} data-testid="collaborator-toggle-access">
            {access === 'READ' ? t('collaborators.makeWrite') : t('collaborators.makeRead')}
          </Button>
          <Button size="small" color="error" disabled={busy} onClick={onRemove} aria-label={t('collaborators.removeLabel', { name: user.name })} data-testid="collaborator-remove">
            {t('collaborators.remove')}
          </Button>
        </Box>
      ) : isViewer ? (
        <Button size="small" color="error" variant="outlined" disabled={busy} onClick={onRemove} data-testid="collaborator-leave">
          {t('collaborators.leave')}
        </Button>
      ) : null}
    </Box>
  );
}
