import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Formatter } from '../../../i18n/formatter';
import type { AssignResult } from '../hooks/useAssignCustomers';
import { assignRefusalMessage } from '../pool-labels';

interface Props {
  results: AssignResult[];
  /** Company names the page knows; customers assigned by filter may be off the page. */
  names: ReadonlyMap<string, string>;
}

/** "Emma Novak 3 · Li Wei 2": names and counts, no words. */
function tally(results: AssignResult[], fmt: Formatter): string {
  const counts = new Map<string, number>();
  for (const r of results) if (r.ok && r.assignee) counts.set(r.assignee.name, (counts.get(r.assignee.name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${fmt.count(n)}`).join(' · ');
}

/** What became of each customer: given to whom, or why not. Refusals first: they need a decision. */
export function AssignResults({ results, names }: Props) {
  const t = useT();
  const fmt = useFormat();
  const assigned = results.filter((r) => r.ok).length;
  const outcome = (r: AssignResult) => {
    if (!r.ok) return t('pool.assign.notAssigned', { reason: assignRefusalMessage(r, t) });
    return r.assignee ? t('pool.assign.assignedTo', { name: r.assignee.name }) : t('pool.assign.assigned');
  };
  const ordered = [...results].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Box data-testid="assign-results" data-assigned={assigned} data-refused={results.length - assigned}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="assign-summary">
        {t('pool.assign.summary', { assigned: fmt.count(assigned), total: fmt.count(results.length) })}
      </Typography>
      {assigned > 0 ? <Typography variant="body2" color="text.secondary">{tally(results, fmt)}</Typography> : null}
      <List dense sx={{ mt: 1, maxHeight: { sm: 360 }, overflowY: 'auto' }}>
        {ordered.map((r) => (
          <ListItem key={r.customerId} disableGutters data-testid="assign-result" data-ok={String(r.ok)} data-code={r.code ?? ''}
            data-customer-id={r.customerId} sx={{ alignItems: 'flex-start' }}>
            <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
              {r.ok ? <CheckCircleOutlined color="success" fontSize="small" /> : <BlockOutlined color="warning" fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={r.companyName ?? names.get(r.customerId) ?? t('pool.assign.unknownCustomer', { id: r.customerId })}
              secondary={outcome(r)}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } }, secondary: { 'data-testid': 'assign-result-text' } as object }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
