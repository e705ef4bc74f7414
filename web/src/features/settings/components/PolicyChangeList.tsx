import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { PolicyChange } from '@berth/domain';
import { formatPolicyValue, policyFieldLabel } from '../pool-policy-labels';

/** "Protection period: 30 days → 14 days", one line per setting an edit changed. */
export function PolicyChangeList({ changes }: { changes: readonly PolicyChange[] }) {
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No setting changed.
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field} data-testid="policy-change" data-field={change.field} sx={{ overflowWrap: 'anywhere' }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {policyFieldLabel(change.field)}
          </Box>
          {': '}
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {formatPolicyValue(change.field, change.before)}
          </Box>
          {' → '}
          {formatPolicyValue(change.field, change.after)}
        </Typography>
      ))}
    </Box>
  );
}
