import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { matchedAliasPhrase } from '../duplicate-explanations';
import { DEMOTION_LABELS, DIMENSION_LABELS } from '../duplicate-labels';
import type { MatchEvidence } from '../duplicate-types';

/**
 * Why one dimension matched: both normalised values, how they were compared, the score, which of
 * the existing customer's other names matched (if one did), the words a similar name pairs word
 * for word, and why it only warns when its rule blocks.
 */
export function EvidenceDescription({ evidence }: { evidence: MatchEvidence }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Box sx={{ fontSize: 'inherit', minWidth: 0 }}>
      <Typography variant="caption" component="p" sx={{ fontWeight: 600 }}>
        {t('duplicates.evidence.summary', {
          dimension: t(DIMENSION_LABELS[evidence.dimension]),
          method: evidence.method,
          score: fmt.share(evidence.score, 0),
          action: evidence.action,
        })}
      </Typography>
      {evidence.existingAlias && (
        <Typography variant="caption" component="p" data-testid="evidence-alias">
          {matchedAliasPhrase(evidence.existingAlias, t)}
        </Typography>
      )}
      {evidence.pairedWords && (
        <Typography variant="caption" component="p" data-testid="evidence-paired-words">
          {t('duplicates.evidence.pairedWords', { pairs: evidence.pairedWords.map((p) => `${p.input} ≈ ${p.existing}`).join(t('duplicates.evidence.pairSeparator')) })}
        </Typography>
      )}
      {evidence.demotedBecause && (
        <Typography variant="caption" component="p" data-testid="duplicate-demotion">
          {t(DEMOTION_LABELS[evidence.demotedBecause], { count: evidence.sharedBy ?? 0, customers: fmt.count(evidence.sharedBy) })}
        </Typography>
      )}
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, typography: 'caption', '& dd': { m: 0, overflowWrap: 'anywhere' } }}
      >
        <dt>{t('duplicates.evidence.typed')}</dt>
        <dd>{evidence.inputValue}</dd>
        <dt>{t('duplicates.evidence.existing')}</dt>
        <dd>{evidence.existingValue}</dd>
      </Box>
    </Box>
  );
}
