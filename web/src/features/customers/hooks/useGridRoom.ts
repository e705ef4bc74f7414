import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { GridRoom } from '../components/customers-grid-columns';

/**
 * From 1280 px a team's grid fits owner, region, status, protection and the company beside the
 * drawer: 1280 − 248 (drawer) − 48 (page padding) − 17 (scrollbar) − 2 (grid border) = 965 px,
 * and the LAPTOP columns' minimum widths add up to 950 (customers-grid-columns.test.ts checks).
 */
export const LAPTOP_MIN_WIDTH = 1280;

export function useGridRoom(): GridRoom {
  const theme = useTheme();
  const tablet = useMediaQuery(theme.breakpoints.down('lg'), { noSsr: true });
  const laptop = useMediaQuery(`(min-width:${LAPTOP_MIN_WIDTH}px)`, { noSsr: true });
  const wide = useMediaQuery(theme.breakpoints.up('xl'), { noSsr: true });
  if (wide) return 'WIDE';
  if (tablet) return 'TABLET';
  return laptop ? 'LAPTOP' : 'SMALL_LAPTOP';
}
