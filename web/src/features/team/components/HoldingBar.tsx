import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import WarningAmberRounded from '@mui/icons-material/WarningAmberRounded';
import Tooltip from '@mui/material/Tooltip';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { RepLoad } from '../team-types';
import { FigureLink } from './FigureLink';

interface Props {
  load: RepLoad;
  holdingCap: number;
}

/** Holdings against the holding cap: a bar that turns amber from 90% (the server's `nearCap`) and red at the cap. */
export function HoldingBar({ load, holdingCap }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { holdings } = load.figures;
  const percent = holdingCap > 0 ? Math.min(100, (holdings / holdingCap) * 100) : 100;
  const full = holdings >= holdingCap;
  return (
    <Box sx={{ minWidth: 120 }} data-testid="holding-bar" data-near-cap={load.nearCap} data-full={full}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 0.5 }}>
        <FigureLink value={holdings} filter={{ figure: 'HOLDINGS', repId: load.rep.id }} who={load.rep.name} />
        <Typography variant="body2" color="text.secondary" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          / {fmt.count(holdingCap)}
        </Typography>
        {load.nearCap ? (
          <Tooltip title={t('team.nearCap')}>
            <WarningAmberRounded data-testid="near-cap" aria-label={t('team.nearCap')} color={full ? 'error' : 'warning'} sx={{ fontSize: 18 }} />
          </Tooltip>
        ) : null}
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={full ? 'error' : load.nearCap ? 'warning' : 'primary'}
        aria-label={t('team.holdingBar', { name: load.rep.name, holdings: fmt.count(holdings), cap: fmt.count(holdingCap) })}
        sx={{ height: 6, borderRadius: 3 }}
      />
    </Box>
  );
}
