import Box from '@mui/material/Box';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { RepLoad } from '../team-types';
import { FigureLink } from './FigureLink';

interface Props {
  row: RepLoad;
  dailyClaimLimit: number;
}

/**
 * Claims today against the daily limit. The number beside the limit is the limit's own counter,
 * so a rep blocked at 10 of 10 never reads 8 of 10; the link opens the customers claimed today
 * that the rep still holds, the same number unless some were given back since — then it is
 * shown apart ("(8 still held)") so every link still lists exactly its number.
 */
export function ClaimsToday({ row, dailyClaimLimit }: Props) {
  const t = useT();
  const fmt = useFormat();
  const held = row.figures.claimsToday;
  const link = <FigureLink value={held} filter={{ figure: 'CLAIMED_TODAY', repId: row.rep.id }} who={row.rep.name} />;
  const limit = (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {' '}/ {fmt.count(dailyClaimLimit)}
    </Box>
  );
  if (row.claimsUsed === held) return <>{link}{limit}</>;
  return (
    <>
      <Box component="span" data-testid="team-claims-used" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {fmt.count(row.claimsUsed)}
      </Box>
      {limit}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {t.rich('team.claims.stillHeld', { held: link })}
      </Box>
    </>
  );
}
