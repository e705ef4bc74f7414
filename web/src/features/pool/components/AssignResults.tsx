import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import type { AssignResult } from '../hooks/useAssignCustomers';
import { assignRefusalMessage } from '../pool-labels';

interface Props {
  results: AssignResult[];
  /** Company names the page knows; customers assigned by filter may be off the page. */
  names: ReadonlyMap<string, string>;
}

function tally(results: AssignResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) if (r.ok && r.assignee) counts.set(r.assignee.name, (counts.get(r.assignee.name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${n}`).join(' · ');
}

/** What became of each customer: given to whom, or why not. Refusals first: they need a decision. */
export function AssignResults({ results, names }: Props) {
  const assigned = results.filter((r) => r.ok).length;
  const ordered = [...results].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Box data-testid="assign-results" data-assigned={assigned} data-refused={results.length - assigned}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="assign-summary">
        {assigned} of {results.length} assigned
      </Typography>
      {assigned > 0 ? <Typography variant="body2" color="text.secondary">{tally(results)}</Typography> : null}
      <List dense sx={{ mt: 1, maxHeight: { sm: 360 }, overflowY: 'auto' }}>
        {ordered.map((r) => (
          <ListItem key={r.customerId} disableGutters data-testid="assign-result" data-ok={String(r.ok)} data-code={r.code ?? ''}
            data-customer-id={r.customerId} sx={{ alignItems: 'flex-start' }}>
            <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
              {r.ok ? <CheckCircleOutlined color="success" fontSize="small" /> : <BlockOutlined color="warning" fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={r.companyName ?? names.get(r.customerId) ?? `Customer ${r.customerId}`}
              secondary={r.ok ? `Assigned to ${r.assignee?.name ?? 'a rep'}` : `Not assigned: ${assignRefusalMessage(r)}`}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } }, secondary: { 'data-testid': 'assign-result-text' } as object }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
