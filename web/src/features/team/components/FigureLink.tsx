import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { formatCount } from '../../../shared/format/numbers';
import { teamFigureHref } from '../team-figure-link';
import { FIGURE_LABELS, TEAM_LABELS } from '../team-labels';
import type { TeamFigureFilter } from '../team-types';

interface Props {
  value: number;
  filter: TeamFigureFilter;
  /** Whose number it is, for screen readers. */
  who: string;
  testId?: string;
}

/** A number on the Team page that opens exactly its customers in the customer list. */
export function FigureLink({ value, filter, who, testId }: Props) {
  return (
    <Link
      component={RouterLink}
      to={teamFigureHref(filter)}
      underline="hover"
      aria-label={TEAM_LABELS.openCustomers(FIGURE_LABELS[filter.figure], who)}
      data-testid={testId ?? 'team-figure'}
      data-figure={filter.figure}
      data-value={value}
      sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
    >
      {formatCount(value)}
    </Link>
  );
}
