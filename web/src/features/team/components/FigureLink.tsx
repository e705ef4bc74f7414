import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { teamFigureHref } from '../team-figure-link';
import { figureLabel } from '../team-labels';
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
  const t = useT();
  const fmt = useFormat();
  return (
    <Link
      component={RouterLink}
      to={teamFigureHref(filter)}
      underline="hover"
      aria-label={t('team.openCustomers', { figure: figureLabel(filter.figure, t), who })}
      data-testid={testId ?? 'team-figure'}
      data-figure={filter.figure}
      data-value={value}
      sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
    >
      {fmt.count(value)}
    </Link>
  );
}
