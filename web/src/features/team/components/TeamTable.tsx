import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { figureDefinition, figureLabel } from '../team-labels';
import type { TeamFigure, TeamLoad } from '../team-types';
import { FigureHeading } from './FigureHeading';
import { ClaimsToday } from './ClaimsToday';
import { FigureLink } from './FigureLink';
import { HoldingBar } from './HoldingBar';
import { RepMovesMenu } from '../../moves/components/RepMovesMenu';
import { DisabledChip } from '../../moves/components/DisableRepDialog';

const COUNTED: { figure: TeamFigure; field: 'protectionEndsIn3Days' | 'protectionEndsIn7Days' | 'recyclesIn7Days' | 'followedUpIn7Days' }[] = [
  { figure: 'PROTECTION_ENDS_IN_3_DAYS', field: 'protectionEndsIn3Days' },
  { figure: 'PROTECTION_ENDS_IN_7_DAYS', field: 'protectionEndsIn7Days' },
  { figure: 'RECYCLES_IN_7_DAYS', field: 'recyclesIn7Days' },
  { figure: 'FOLLOWED_UP_IN_7_DAYS', field: 'followedUpIn7Days' },
];

/** One row per rep; on narrow screens it scrolls sideways with the rep's name kept in view. A manager may move a rep's customers. */
export function TeamTable({ load, now, moves = false }: { load: TeamLoad; now: Date; moves?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const sticky = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', borderRight: 1, borderRightColor: 'divider' } as const;
  return (
    <TableContainer component={Paper} variant="outlined" data-testid="team-table">
      <Table size="small" sx={{ '& th': { fontWeight: 600, color: 'text.secondary', lineHeight: 1.3, verticalAlign: 'bottom', maxWidth: 116 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ ...sticky, zIndex: 2 }}>{t('team.rep')}</TableCell>
            <TableCell>
              <FigureHeading label={figureLabel('HOLDINGS', t)} definition={figureDefinition('HOLDINGS', t)} />
            </TableCell>
            <TableCell align="right">
              <FigureHeading label={figureLabel('CLAIMED_TODAY', t)} definition={figureDefinition('CLAIMED_TODAY', t)} align="right" />
            </TableCell>
            {COUNTED.map(({ figure }) => (
              <TableCell key={figure} align="right">
                <FigureHeading label={figureLabel(figure, t)} definition={figureDefinition(figure, t)} align="right" />
              </TableCell>
            ))}
            <TableCell>
              <FigureHeading label={t('team.lastActivity')} definition={t('team.lastActivityDefinition')} />
            </TableCell>
            {moves ? <TableCell padding="checkbox" /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {load.reps.map((row) => (
            <TableRow key={row.rep.id} data-testid="team-row" data-rep-id={row.rep.id} data-near-cap={row.nearCap} hover>
              <TableCell sx={{ ...sticky, maxWidth: { xs: 120, sm: 220 } }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap data-testid="team-rep-name">
                  {row.rep.name}
                </Typography>
                {row.rep.department ? (
                  <Typography variant="caption" color="text.secondary" noWrap component="div">
                    {row.rep.department.name}
                  </Typography>
                ) : null}
                {row.rep.disabled ? <DisabledChip /> : null}
              </TableCell>
              <TableCell>
                <HoldingBar load={row} holdingCap={load.holdingCap} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <ClaimsToday row={row} dailyClaimLimit={load.dailyClaimLimit} />
              </TableCell>
              {COUNTED.map(({ figure, field }) => (
                <TableCell key={figure} align="right">
                  <FigureLink value={row.figures[field]} filter={{ figure, repId: row.rep.id }} who={row.rep.name} />
                </TableCell>
              ))}
              <TableCell sx={{ whiteSpace: 'nowrap' }} title={fmt.dateTime(row.lastActivityAt)} data-testid="team-last-activity">
                {fmt.relative(row.lastActivityAt, now)}
              </TableCell>
              {moves ? (
                <TableCell padding="checkbox">
                  <RepMovesMenu rep={row.rep} holdings={row.figures.holdings} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
