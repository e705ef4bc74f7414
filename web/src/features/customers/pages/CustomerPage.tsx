import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useT } from '../../../i18n/I18nProvider';
import { LoadingState } from '../../../shared/components/LoadingState';
import { describeError } from '../../../shared/errors/describe-error';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { ContactList } from '../components/ContactList';
import { CustomerDetails } from '../components/CustomerDetails';
import { CustomerHeader } from '../components/CustomerHeader';
import { CustomerNotFound } from '../components/CustomerNotFound';
import { EditCustomerDialog } from '../components/EditCustomerDialog';
import { OwnershipHistory } from '../components/OwnershipHistory';
import { ReturnToPoolDialog } from '../../pool/components/ReturnToPoolDialog';
import { seesTeam } from '../../auth/me-query';
import { MoveButtons, MoveDialogFor, type MoveKind, type OpenMove } from '../../moves/components/CustomerMoves';
import { FollowUpTimeline } from '../../follow-ups/components/FollowUpTimeline';
import { CUSTOMERS_PAGE } from '../customer-labels';
import type { MessageKey } from '../../../i18n/message-keys';
import { AccessNotice } from '../../collaborators/components/AccessNotice';
import { CollaboratorList } from '../../collaborators/components/CollaboratorList';
import { ActivityTab } from '../../activity/components/ActivityTab';
import { graphql } from '../../../gql';

export const CUSTOMER_PAGE_QUERY = graphql(`
  query CustomerPage($id: ID!) {
    customer(id: $id) {
      ...CustomerViewFields
      ...FollowUpTimeline_customer
      ...ContactList_customer
      ...OwnershipHistory_customer
      ...CollaboratorList_customer
    }
  }
`);

const TABS = [
  { value: 'details', labelKey: 'customers.tab.details' },
  { value: 'followups', labelKey: 'customers.tab.followups' },
  { value: 'contacts', labelKey: 'customers.tab.contacts' },
  { value: 'history', labelKey: 'customers.tab.history' },
  { value: 'collaborators', labelKey: 'collaborators.tab' },
  { value: 'activity', labelKey: 'activity.tab' },
] as const satisfies readonly { value: string; labelKey: MessageKey }[];
type TabValue = (typeof TABS)[number]['value'];

const oldestFirst = (events: readonly { id: string; occurredAt: string }[]) =>
  [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map((event) => event.id);

export function CustomerPage() {
  const { id = '' } = useParams();
  const t = useT();
  const user = useCurrentUser();
  // The tab lives in the URL so a link can point straight at a customer's contacts.
  const [params, setParams] = useSearchParams();
  const tab: TabValue = TABS.find((section) => section.value === params.get('tab'))?.value ?? 'details';
  // Remembers which customer is being edited: following a duplicate's link to another customer
  // must not reopen the dialog over that one.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returningId, setReturningId] = useState<string | null>(null);
  const [moving, setMoving] = useState<OpenMove | null>(null);
  const { data, loading, error, refetch } = useQuery(CUSTOMER_PAGE_QUERY, { variables: { id } });

  if (loading && !data) return <LoadingState label={t('customers.loading')} />;
  if (error && !data) {
    const described = describeError(error, t);
    if (described.code === 'NOT_FOUND' || described.code === 'FORBIDDEN') return <CustomerNotFound id={id} />;
    return <RetryAlert error={error} onRetry={refetch} />;
  }
  if (!data) return <CustomerNotFound id={id} />;
  const customer = data.customer;
  const owns = customer.owner?.id === user.id;
  // A READ collaborator is offered no edits; only the owner's side (FULL) moves the customer.
  const readOnly = customer.myAccess === 'READ';
  // A manager (or admin) moves an owned customer to another rep, or back to the pool.
  const moves = customer.owner !== null && seesTeam(user.role) && customer.myAccess === 'FULL';
  const openMove = (kind: MoveKind) =>
    setMoving({ kind, target: { kind: 'selected', ids: [customer.id], companyName: customer.companyName, ownerId: customer.owner?.id } });

  return (
    <>
      <Breadcrumbs sx={{ mb: 1.5 }}>
        <Link component={RouterLink} to="/customers" underline="hover" color="inherit">
          {t(CUSTOMERS_PAGE[user.role].title)}
        </Link>
        <Typography color="text.primary" noWrap sx={{ maxWidth: 240 }}>
          {customer.companyName}
        </Typography>
      </Breadcrumbs>
      <CustomerHeader
        customer={customer}
        actions={
          owns || moves ? (
            <>
              {owns ? (
                <Button variant="outlined" color="warning" onClick={() => setReturningId(id)} data-testid="return-to-pool-button">
                  {t('customers.returnToPool')}
                </Button>
              ) : null}
              {moves ? <MoveButtons onOpen={openMove} /> : null}
            </>
          ) : undefined
        }
      />
      <AccessNotice access={customer.myAccess} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
        <Tabs
          value={tab}
          onChange={(_, value: TabValue) => setParams(value === 'details' ? {} : { tab: value }, { replace: true })}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label={t('customers.tabs.label')}
        >
          {TABS.map((section) => (
            <Tab key={section.value} value={section.value} label={t(section.labelKey)} data-testid={`customer-tab-${section.value}`} />
          ))}
        </Tabs>
      </Box>
      {tab === 'details' ? <CustomerDetails customer={customer} onEdit={readOnly ? undefined : () => setEditingId(id)} /> : null}
      {tab === 'followups' ? <FollowUpTimeline customer={customer} readOnly={readOnly} /> : null}
      {tab === 'contacts' ? <ContactList customer={customer} readOnly={readOnly} /> : null}
      {tab === 'history' ? <OwnershipHistory customer={customer} /> : null}
      {tab === 'collaborators' ? <CollaboratorList customer={customer} viewerId={user.id} /> : null}
      {tab === 'activity' ? <ActivityTab customerId={customer.id} eventIds={oldestFirst(customer.ownershipEvents)} /> : null}
      <EditCustomerDialog customer={customer} open={editingId === id} onClose={() => setEditingId(null)} />
      <ReturnToPoolDialog customer={customer} open={returningId === id} onClose={() => setReturningId(null)} />
      {moving ? <MoveDialogFor move={moving} names={new Map([[customer.id, customer.companyName]])} onClose={() => setMoving(null)} /> : null}
    </>
  );
}
