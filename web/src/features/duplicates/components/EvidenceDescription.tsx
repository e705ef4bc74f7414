import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ACTION_LABELS, DIMENSION_LABELS, METHOD_LABELS } from '../duplicate-labels';
import type { MatchEvidence } from '../duplicate-types';

export const scorePercent = (score: number) => `${Math.round(score * 100)}%`;

/** Why one dimension matched: both normalised values, how they were compared, the score. */
export function EvidenceDescription({ evidence }: { evidence: MatchEvidence }) {
  return (
    <Box sx={{ fontSize: 'inherit', minWidth: 0 }}>
      <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
        {DIMENSION_LABELS[evidence.dimension]} · {METHOD_LABELS[evidence.method].toLowerCase()} · {scorePercent(evidence.score)} ·{' '}
        {ACTION_LABELS[evidence.action].toLowerCase()}s
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, typography: 'caption', '& dd': { m: 0, overflowWrap: 'anywhere' } }}
      >
        <dt>Typed</dt>
        <dd>{evidence.inputValue}</dd>
        <dt>Existing</dt>
        <dd>{evidence.existingValue}</dd>
      </Box>
    </Box>
  );
}
