import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { figureDefinition, figureLabel } from '../team-labels';
import { FIGURE_FIELDS, TEAM_FIGURES, type TeamLoad } from '../team-types';
import { FigureHeading } from './FigureHeading';
import { FigureLink } from './FigureLink';

/** The sums over the rows shown, each opening its customers for the whole department (or everyone shown). */
export function TeamTotals({ load }: { load: TeamLoad }) {
  const t = useT();
  const departmentId = load.department?.id;
  const who = load.department?.name ?? t('team.everyoneShown');
  return (
    <Box
      component="section"
      aria-label={t('team.totals')}
      data-testid="team-totals"
      sx={{ display: 'grid', gap: 1, mb: 2, gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}
    >
      {TEAM_FIGURES.map((figure) => (
        <Paper key={figure} variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid="team-total" data-figure={figure}>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3, minHeight: '2.6em' }}>
            <FigureHeading label={figureLabel(figure, t)} definition={figureDefinition(figure, t)} />
          </Typography>
          <Typography variant="h2" component="div">
            <FigureLink
              value={load.totals[FIGURE_FIELDS[figure]]}
              filter={departmentId ? { figure, departmentId } : { figure }}
              who={who}
              testId="team-total-figure"
            />
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
