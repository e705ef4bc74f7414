import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { VERDICT_COLORS } from '../duplicate-colors';
import { matchedAliases, matchedAliasPhrase } from '../duplicate-explanations';
import type { DuplicateMatchItemMatch } from './DuplicateMatchItem.fragment';
import { ClaimInsteadButton } from './ClaimInsteadButton';
import { EvidenceChip } from './EvidenceChip';
import { EvidenceDescription } from './EvidenceDescription';
import { ProtectionCountdown } from './ProtectionCountdown';

/**
 * One existing customer the typed company matches: only what a clash may reveal (its name,
 * who holds it, how long they stay protected) and the evidence for each matched dimension.
 */
export function DuplicateMatchItem({ match, now }: { match: DuplicateMatchItemMatch; now: Date }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const { customer } = match;
  const pool = customer.inPool || !customer.owner;

  return (
    <Box
      component="li"
      data-testid="duplicate-match"
      data-verdict={match.verdict}
      sx={{ borderLeft: 3, borderColor: `${VERDICT_COLORS[match.verdict]}.main`, pl: 1.25, py: 0.5, listStyle: 'none' }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {customer.id ? (
              <Link component={RouterLink} to={`/customers/${customer.id}`} underline="hover">
                {customer.companyName}
              </Link>
            ) : (
              customer.companyName
            )}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" data-testid="duplicate-holder">
            {!customer.owner || pool
              ? t('duplicates.match.inPool')
              : [customer.owner.name, customer.owner.departmentName].filter(Boolean).join(' · ')}
            {pool || !customer.protectedUntil ? null : (
              <>
                {' · '}
                <ProtectionCountdown protectedUntil={customer.protectedUntil} now={now} />
              </>
            )}
          </Typography>
          {matchedAliases(match).map((alias) => (
            <Typography key={`${alias.kind}:${alias.name}`} variant="caption" component="p" sx={{ overflowWrap: 'anywhere' }} data-testid="duplicate-matched-alias">
              {matchedAliasPhrase(alias, t)}
            </Typography>
          ))}
        </Box>
        {pool ? <ClaimInsteadButton customerId={customer.id} companyName={customer.companyName} /> : null}
      </Box>
      <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap', mt: 0.5 }}>
        {match.evidence.map((evidence) => (
          <EvidenceChip
            key={`${evidence.dimension}-${evidence.method}`}
            evidence={evidence}
            expanded={expanded}
            onToggle={() => setExpanded((open) => !open)}
          />
        ))}
      </Stack>
      <Collapse in={expanded} unmountOnExit>
        <Stack spacing={0.75} sx={{ mt: 0.75 }} data-testid="duplicate-evidence-details">
          {match.evidence.map((evidence) => (
            <EvidenceDescription key={`${evidence.dimension}-${evidence.method}`} evidence={evidence} />
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}
