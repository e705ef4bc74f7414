import { TEAM_FIGURES, type TeamFigure, type TeamFigureFilter } from './team-types';

/**
 * The drill-down travels in the customer list's URL (`/customers?figure=HOLDINGS&rep=12`), so a
 * number's customers can be bookmarked, shared and reloaded, and Back returns to the Team page.
 */
export function teamFigureHref(filter: TeamFigureFilter): string {
  const params = new URLSearchParams({ figure: filter.figure });
  if (filter.repId) params.set('rep', filter.repId);
  else if (filter.departmentId) params.set('department', filter.departmentId);
  return `/customers?${params.toString()}`;
}

/** The drill-down a customer-list URL asks for, or null; an unknown figure is ignored, not sent. */
export function readTeamFigure(params: URLSearchParams): TeamFigureFilter | null {
  const figure = params.get('figure');
  if (!figure || !TEAM_FIGURES.includes(figure as TeamFigure)) return null;
  const filter: TeamFigureFilter = { figure: figure as TeamFigure };
  const rep = params.get('rep');
  const department = params.get('department');
  if (rep) filter.repId = rep;
  else if (department) filter.departmentId = department;
  return filter;
}

/** The URL's search without the drill-down: what removing its chip leaves. */
export function withoutTeamFigure(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['figure', 'rep', 'department']) next.delete(key);
  return next;
}
