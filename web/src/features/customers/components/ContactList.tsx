import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonAddAlt from '@mui/icons-material/PersonAddAlt';
import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
import { useT } from '../../../i18n/I18nProvider';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { EMPTY_CONTACT_FORM, formValuesFromContact, toContactInput } from '../contact-form-values';
import { useAddContact } from '../hooks/useAddContact';
import { useRemoveContact } from '../hooks/useRemoveContact';
import { useUpdateContact } from '../hooks/useUpdateContact';
import { ContactCard } from './ContactCard';
import { ContactFormDialog } from './ContactFormDialog';
import type { Contact, ContactListCustomer } from './ContactList.fragment';
import { RemoveContactDialog } from './RemoveContactDialog';

type Editing = { kind: 'add' } | { kind: 'edit'; contact: Contact } | { kind: 'remove'; contact: Contact } | null;

/** The customer's people: each with their own title, phones, emails and birthday. `readOnly`: shown, never changed. */
export function ContactList({ customer, readOnly = false }: { customer: ContactListCustomer; readOnly?: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const { addContact } = useAddContact();
  const { updateContact } = useUpdateContact();
  const { removeContact } = useRemoveContact();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const close = () => setEditing(null);

  async function confirmRemove(contact: Contact) {
    close();
    try {
      await removeContact(contact.id, customer);
      notify(t('customers.contacts.removed', { name: contact.name }), 'success');
    } catch (error) {
      handleError(error);
    }
  }

  return (
    <Box data-testid="contact-list">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h3" component="h2">
          {t('customers.contacts.title', { count: customer.contacts.length })}
        </Typography>
        {readOnly ? null : (
          <Button variant="contained" startIcon={<PersonAddAlt />} onClick={() => setEditing({ kind: 'add' })} data-testid="add-contact-button">
            {t('customers.contacts.add')}
          </Button>
        )}
      </Stack>

      {customer.contacts.length === 0 ? (
        <Card>
          <CardContent sx={{ textAlign: 'center', py: 5, color: 'text.secondary' }}>
            <ContactsOutlined sx={{ fontSize: 40, mb: 1 }} />
            <Typography variant="body2">{t('customers.contacts.empty')}</Typography>
          </CardContent>
        </Card>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: 'repeat(3, 1fr)' }, gap: 1.5 }}>
          {customer.contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              onEdit={readOnly ? undefined : () => setEditing({ kind: 'edit', contact })}
              onRemove={readOnly ? undefined : () => setEditing({ kind: 'remove', contact })}
            />
          ))}
        </Box>
      )}

      {editing?.kind === 'add' ? (
        <ContactFormDialog
          title={t('customers.contacts.add')}
          initial={EMPTY_CONTACT_FORM}
          onClose={close}
          onSubmit={async (values) => {
            await addContact(customer.id, toContactInput(values).input);
            notify(t('customers.contacts.added'), 'success');
          }}
        />
      ) : null}
      {editing?.kind === 'edit' ? (
        <ContactFormDialog
          title={t('customers.editNamed', { name: editing.contact.name })}
          initial={formValuesFromContact(editing.contact)}
          onClose={close}
          onSubmit={async (values) => {
            await updateContact(editing.contact.id, toContactInput(values).input);
            notify(t('customers.contacts.saved'), 'success');
          }}
        />
      ) : null}
      <RemoveContactDialog
        contact={editing?.kind === 'remove' ? editing.contact : null}
        onCancel={close}
        onConfirm={confirmRemove}
      />
    </Box>
  );
}
