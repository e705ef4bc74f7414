import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Contact } from './ContactList.fragment';

interface Props {
  contact: Contact | null;
  onCancel: () => void;
  onConfirm: (contact: Contact) => void;
}

export function RemoveContactDialog({ contact, onCancel, onConfirm }: Props) {
  return (
    <Dialog open={contact !== null} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>Remove contact?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {contact?.name} will be removed from this customer, with their phones and emails.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} color="inherit">
          Cancel
        </Button>
        <Button color="error" variant="contained" onClick={() => contact && onConfirm(contact)} data-testid="confirm-remove-contact">
          Remove
        </Button>
      </DialogActions>
    </Dialog>
  );
}
