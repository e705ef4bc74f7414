import { useState } from 'react';
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonAddAlt from '@mui/icons-material/PersonAddAlt';
import { useT } from '../../../i18n/I18nProvider';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { ACCESS_WORDS } from '../collaborator-labels';
import { useAddCollaborator, useLeaveCustomer, useRemoveCollaborator } from '../hooks/useCollaboratorMutations';
import { AddCollaboratorDialog } from './AddCollaboratorDialog';
import type { Collaborator, CollaboratorListCustomer } from './CollaboratorList.fragment';
import { CollaboratorRow } from './CollaboratorRow';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';

interface Props {
  customer: CollaboratorListCustomer;
  viewerId: string;
}

/**
 * Colleagues the customer is shared with. The owner's side (FULL) adds, changes and removes them;
 * a collaborator sees the list and may leave.
 */
export function CollaboratorList({ customer, viewerId }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const { addCollaborator, loading: changing } = useAddCollaborator();
  const { removeCollaborator, loading: removing } = useRemoveCollaborator();
  const { leave, loading: leaving } = useLeaveCustomer();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Collaborator | null>(null);
  const manages = customer.myAccess === 'FULL';
  const busy = changing || removing || leaving;

  async function toggleAccess(collaborator: Collaborator) {
    const access = collaborator.access === 'READ' ? 'WRITE' : 'READ';
    try {
      await addCollaborator({ customerId: customer.id, userId: collaborator.user.id, access, expiresAt: collaborator.expiresAt });
      notify(t('collaborators.changed', { name: collaborator.user.name, access: t(ACCESS_WORDS[access]) }), 'success');
    } catch (error) {
      handleError(error);
    }
  }

  async function end(collaborator: Collaborator) {
    const self = collaborator.user.id === viewerId;
    try {
      if (self) {
        await leave(customer.id, viewerId);
        notify(t('collaborators.left', { company: customer.companyName }), 'success');
        navigate('/customers');
      } else {
        await removeCollaborator(customer.id, collaborator.user.id);
        notify(t('collaborators.removed', { name: collaborator.user.name }), 'success');
      }
      setEnding(null);
    } catch (error) {
      handleError(error);
    }
  }

  return (
    <Card data-testid="collaborator-list">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 1 }}>
          <Typography variant="h3" component="h2">
            {t('collaborators.title')}
          </Typography>
          {manages ? (
            <Button variant="contained" startIcon={<PersonAddAlt />} onClick={() => setAdding(true)} data-testid="add-collaborator-button">
              {t('collaborators.add')}
            </Button>
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('collaborators.intro')}
        </Typography>
        {customer.collaborators.length === 0 ? (
          <Typography color="text.secondary" data-testid="collaborators-empty">
            {t('collaborators.empty')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {customer.collaborators.map((collaborator) => (
              <CollaboratorRow
                key={collaborator.user.id}
                collaborator={collaborator}
                isViewer={collaborator.user.id === viewerId}
                manages={manages}
                busy={busy}
                onToggleAccess={() => void toggleAccess(collaborator)}
                onRemove={() => setEnding(collaborator)}
              />
            ))}
          </Box>
        )}
      </CardContent>
      {adding ? <AddCollaboratorDialog customer={customer} viewerId={viewerId} onClose={() => setAdding(false)} /> : null}
      {ending ? (
        <ConfirmRemoveDialog
          question={
            ending.user.id === viewerId
              ? t('collaborators.leaveConfirm', { company: customer.companyName })
              : t('collaborators.removeConfirm', { company: customer.companyName, name: ending.user.name })
          }
          confirmLabel={ending.user.id === viewerId ? t('collaborators.leave') : t('collaborators.remove')}
          busy={busy}
          onCancel={() => setEnding(null)}
          onConfirm={() => void end(ending)}
        />
      ) : null}
    </Card>
  );
}
