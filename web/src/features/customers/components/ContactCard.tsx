import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CakeOutlined from '@mui/icons-material/CakeOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Contact } from './ContactList.fragment';

interface Props {
  contact: Contact;
  /** Left out for a read-only viewer: the card then offers no edit or remove. */
  onEdit?: () => void;
  onRemove?: () => void;
}

export function ContactCard({ contact, onEdit, onRemove }: Props) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Card data-testid="contact-card">
      <CardContent sx={{ p: 2, '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="subtitle2" sx={{ overflowWrap: 'anywhere' }}>
              {contact.name}
            </Typography>
            {contact.title ? (
              <Typography variant="body2" color="text.secondary">
                {contact.title}
              </Typography>
            ) : null}
          </Box>
          {onEdit ? (
            <Tooltip title={t('customers.action.edit')}>
              <IconButton size="small" aria-label={t('customers.editNamed', { name: contact.name })} onClick={onEdit}>
                <EditOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          ) : null}
          {onRemove ? (
            <Tooltip title={t('customers.contacts.remove')}>
              <IconButton size="small" aria-label={t('customers.contacts.removeNamed', { name: contact.name })} onClick={onRemove}>
                <DeleteOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          ) : null}
        </Stack>
        <Stack spacing={0.5} sx={{ mt: 1.25 }}>
          {contact.phones.map((phone) => (
            <Line key={phone} icon={<PhoneOutlined fontSize="inherit" />}>
              <Link href={`tel:${phone}`}>{phone}</Link>
            </Line>
          ))}
          {contact.emails.map((email) => (
            <Line key={email} icon={<MailOutlined fontSize="inherit" />}>
              <Link href={`mailto:${email}`}>{email}</Link>
            </Line>
          ))}
          {contact.birthday ? (
            <Line icon={<CakeOutlined fontSize="inherit" />}>{fmt.calendarDate(contact.birthday)}</Line>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary', fontSize: 16 }}>
      {icon}
      <Typography variant="body2" color="text.primary" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Typography>
    </Stack>
  );
}
