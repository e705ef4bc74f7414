import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { figureLabel } from '../team-labels';
import { FIGURE_FIELDS, type TeamFigure, type TeamLoad } from '../team-types';
import { ClaimsToday } from './ClaimsToday';
import { FigureLink } from './FigureLink';
import { HoldingBar } from './HoldingBar';
import { RepMovesMenu } from '../../moves/components/RepMovesMenu';
import { DisabledChip } from '../../moves/components/DisableRepDialog';

const SMALL: TeamFigure[] = ['CLAIMED_TODAY', 'PROTECTION_ENDS_IN_3_DAYS', 'PROTECTION_ENDS_IN_7_DAYS', 'RECYCLES_IN_7_DAYS', 'FOLLOWED_UP_IN_7_DAYS'];

/** On a phone: one card per rep, the holding bar across it and the other numbers two by two. A manager may move a rep's customers. */
export function TeamCards({ load, now, moves = false }: { load: TeamLoad; now: Date; moves?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="team-cards">
      {load.reps.map((row) => (
        <Paper key={row.rep.id} variant="outlined" sx={{ p: 1.5 }} data-testid="team-row" data-rep-id={row.rep.id} data-near-cap={row.nearCap}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 1, mb: 1 }}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="subtitle2" noWrap data-testid="team-rep-name">{row.rep.name}</Typography>
              {row.rep.department ? (
                <Typography variant="caption" color="text.secondary" noWrap component="div">{row.rep.department.name}</Typography>
              ) : null}
              {row.rep.disabled ? <DisabledChip /> : null}
            </Box>
            <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }} title={fmt.dateTime(row.lastActivityAt)} data-testid="team-last-activity">
              {t('team.lastActivityWhen', { when: fmt.relative(row.lastActivityAt, now) })}
            </Typography>
            {moves ? <RepMovesMenu rep={row.rep} holdings={row.figures.holdings} /> : null}
          </Box>
          <Typography variant="caption" color="text.secondary">{figureLabel('HOLDINGS', t)}</Typography>
          <HoldingBar load={row} holdingCap={load.holdingCap} />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 0.5, mt: 1.25 }}>
            {SMALL.map((figure) => (
              <Box key={figure} sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, minWidth: 0 }}>
                <Typography variant="caption" color="text.secondary" sx={{ minWidth: 0 }}>{figureLabel(figure, t)}</Typography>
                <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {figure === 'CLAIMED_TODAY' ? (
                    <ClaimsToday row={row} dailyClaimLimit={load.dailyClaimLimit} />
                  ) : (
                    <FigureLink value={row.figures[FIGURE_FIELDS[figure]]} filter={{ figure, repId: row.rep.id }} who={row.rep.name} />
                  )}
                </Typography>
              </Box>
            ))}
          </Box>
        </Paper>
      ))}
    </Box>
  );
}
