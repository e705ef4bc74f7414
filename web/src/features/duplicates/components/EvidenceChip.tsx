import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { ACTION_COLORS } from '../duplicate-colors';
import { DIMENSION_LABELS } from '../duplicate-labels';
import type { MatchEvidence } from '../duplicate-types';
import { EvidenceDescription } from './EvidenceDescription';

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
  const t = useT();
  const fmt = useFormat();
  const dimension = t(DIMENSION_LABELS[evidence.dimension]);
  const similar = evidence.method === 'SIMILAR';
  return (
    <Tooltip title={<EvidenceDescription evidence={evidence} />} enterTouchDelay={0} arrow>
      <Chip
        label={similar ? t('duplicates.evidence.similar', { dimension, score: fmt.share(evidence.score, 0) }) : dimension}
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
