import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../../../i18n/I18nProvider';
import type { Contact } from './ContactList.fragment';

interface Props {
  contact: Contact | null;
  onCancel: () => void;
  onConfirm: (contact: Contact) => void;
}

export function RemoveContactDialog({ contact, onCancel, onConfirm }: Props) {
  const t = useT();
  return (
    <Dialog open={contact !== null} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{t('customers.contacts.removeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{contact ? t('customers.contacts.removeBody', { name: contact.name }) : null}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} color="inherit">
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => contact && onConfirm(contact)} data-testid="confirm-remove-contact">
          {t('customers.contacts.remove')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
