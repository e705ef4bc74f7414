import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { OWNERSHIP_EVENT_LABELS } from '../customer-labels';
import type { OwnershipEvent, OwnershipHistoryCustomer } from './OwnershipHistory.fragment';
import { entryReasonText, isRelease } from '../../pool/entry-reason-text';

/** "Rep A → Rep B", with the pool named as such: no owner is a place, not a person. */
function movement(event: OwnershipEvent, t: Translate): string {
  const from = event.from?.name ?? t('customers.publicPool');
  const to = event.to?.name ?? t('customers.publicPool');
  return event.kind === 'CREATED' ? t('customers.history.owner', { name: to }) : `${from} → ${to}`;
}

/**
 * What happened and why. A manager's release is a return in the trail (the rep lost the customer
 * to the pool) that the manager did, with their note as the reason; it is named as a release.
 */
function headline(event: OwnershipEvent, t: Translate): { title: string; reason: string | null } {
  if (isRelease(event)) return { title: t('customers.history.released'), reason: event.reasonDetail?.note ?? null };
  return { title: t(OWNERSHIP_EVENT_LABELS[event.kind]), reason: entryReasonText(event, t) };
}

/** Every change of owner, newest first: the evidence when ownership is disputed. */
export function OwnershipHistory({ customer }: { customer: OwnershipHistoryCustomer }) {
  const t = useT();
  const fmt = useFormat();
  const events = [...customer.ownershipEvents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  if (events.length === 0) {
    return <Typography color="text.secondary">{t('customers.history.empty')}</Typography>;
  }
  return (
    <Card data-testid="ownership-history">
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {events.map((event, index) => {
            const { title, reason } = headline(event, t);
            return (
              <Box
                component="li"
                key={event.id}
                sx={{ display: 'flex', gap: 2, pb: index === events.length - 1 ? 0 : 2.5, position: 'relative' }}
              >
                <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
                  <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: 'primary.main' }} />
                  {index < events.length - 1 ? <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} /> : null}
                </Box>
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="subtitle2" data-testid="ownership-title">{title}</Typography>
                  <Typography variant="body2">{movement(event, t)}</Typography>
                  {reason ? (
                    <Typography variant="body2" color="text.secondary" data-testid="ownership-reason">
                      {t('customers.history.reason', { reason })}
                    </Typography>
                  ) : null}
                  <Typography variant="caption" color="text.secondary">
                    <Tooltip title={fmt.dateTime(event.occurredAt)}>
                      <span>{fmt.relative(event.occurredAt)}</span>
                    </Tooltip>
                    {' · '}
                    {event.actor ? t('customers.history.byPerson', { name: event.actor.name }) : t('customers.history.bySystem')}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      </CardContent>
    </Card>
  );
}
