import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { LoadingState } from '../../../shared/components/LoadingState';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { formatDateTime } from '../../../shared/format/dates';
import { usePoolPolicyVersions } from '../hooks/usePoolPolicyVersions';
import { PolicyChangeList } from './PolicyChangeList';

const SHOWN_AT_FIRST = 5;

/** Every saved edit of the pool policy, newest first: which version, who, when, and what changed. */
export function PolicyHistory() {
  const { versions, loading, error, refetch } = usePoolPolicyVersions();
  const [showAll, setShowAll] = useState(false);

  let body;
  if (versions && versions.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary" data-testid="policy-history-empty">
        No saved versions yet: the rules in force are Berth's defaults.
      </Typography>
    );
  } else if (versions) {
    const shown = showAll ? versions : versions.slice(0, SHOWN_AT_FIRST);
    body = (
      <>
        <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {shown.map((v) => (
            <Box component="li" key={v.version} data-testid="policy-version" data-version={v.version} sx={{ py: 1.5, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5, mb: 0.75 }}>
                <Chip label={`Version ${v.version}`} color="primary" variant="outlined" />
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {v.changedBy?.name ?? 'A former user'}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {formatDateTime(v.changedAt)}
                </Typography>
              </Box>
              <PolicyChangeList changes={v.changes} />
            </Box>
          ))}
        </Box>
        {versions.length > SHOWN_AT_FIRST ? (
          <Button onClick={() => setShowAll((all) => !all)} sx={{ mt: 1 }}>
            {showAll ? 'Show fewer' : `Show all ${versions.length} versions`}
          </Button>
        ) : null}
      </>
    );
  } else if (loading) {
    body = <LoadingState label="Loading the policy history…" />;
  } else {
    body = <RetryAlert error={error} onRetry={refetch} />;
  }

  return (
    <Box component="section" data-testid="policy-history" sx={{ mt: 3, pt: 2.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        History
      </Typography>
      {body}
    </Box>
  );
}
