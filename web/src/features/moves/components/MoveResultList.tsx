import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { useT } from '../../../i18n/I18nProvider';

/** One customer of a move, worded by the caller. */
export interface MoveResultItem {
  customerId: string;
  ok: boolean;
  code: string | null;
  /** The company, when known. */
  name: string | null;
  /** What became of it: "Assigned to Li Wei", "Not released: already in the pool". */
  outcome: string;
}

interface Props {
  /** Test ids start with it: `assign-results`, `release-result`. */
  name: string;
  summary: string;
  /** A line under the summary, e.g. who got how many. */
  detail?: string;
  items: MoveResultItem[];
}

/** What became of each customer of a move. Refusals first: they need a decision. */
export function MoveResultList({ name, summary, detail, items }: Props) {
  const t = useT();
  const done = items.filter((r) => r.ok).length;
  const ordered = [...items].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Box data-testid={`${name}-results`} data-done={done} data-refused={items.length - done}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid={`${name}-summary`}>
        {summary}
      </Typography>
      {detail ? <Typography variant="body2" color="text.secondary">{detail}</Typography> : null}
      <List dense sx={{ mt: 1, maxHeight: { sm: 360 }, overflowY: 'auto' }}>
        {ordered.map((r) => (
          <ListItem key={r.customerId} disableGutters data-testid={`${name}-result`} data-ok={String(r.ok)} data-code={r.code ?? ''}
            data-customer-id={r.customerId} sx={{ alignItems: 'flex-start' }}>
            <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
              {r.ok ? <CheckCircleOutlined color="success" fontSize="small" /> : <BlockOutlined color="warning" fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={r.name ?? t('pool.assign.unknownCustomer', { id: r.customerId })}
              secondary={r.outcome}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } }, secondary: { 'data-testid': `${name}-result-text` } as object }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
