import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { ACTION_COLORS, DIMENSION_LABELS } from '../duplicate-labels';
import type { MatchEvidence } from '../duplicate-types';
import { EvidenceDescription, scorePercent } from './EvidenceDescription';

interface Props {
  evidence: MatchEvidence;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * One matched dimension. Hovering (or a tap on touch screens) explains it; a click expands
 * the explanations under the match for people who want them to stay.
 */
export function EvidenceChip({ evidence, expanded, onToggle }: Props) {
  const similar = evidence.method === 'SIMILAR';
  return (
    <Tooltip title={<EvidenceDescription evidence={evidence} />} enterTouchDelay={0} arrow>
      <Chip
        label={similar ? `${DIMENSION_LABELS[evidence.dimension]} ≈ ${scorePercent(evidence.score)}` : DIMENSION_LABELS[evidence.dimension]}
        color={ACTION_COLORS[evidence.action]}
        variant="outlined"
        onClick={onToggle}
        aria-expanded={expanded}
        data-testid="duplicate-evidence"
        data-dimension={evidence.dimension}
      />
    </Tooltip>
  );
}
