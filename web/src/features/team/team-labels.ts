import type { Translate } from '../../i18n/translator';
import type { TeamFigure } from './team-types';

/** A number's name on the Team page, its column and its chip: "Holdings", "Recycles ≤ 7 days". */
export function figureLabel(figure: TeamFigure, t: Translate): string {
  return t(`team.figure.${figure}`);
}

/** How each number is defined (docs/managers-desk.md), for the column tooltips. */
export function figureDefinition(figure: TeamFigure, t: Translate): string {
  return t(`team.figureDefinition.${figure}`);
}

/** The chip on the customer list that names a drill-down: "Holdings · Li Wei". */
export function teamFigureChipLabel(figure: TeamFigure, who: string | null, t: Translate): string {
  return who ? t('team.chip', { figure: figureLabel(figure, t), who }) : figureLabel(figure, t);
}
