import { describe, expect, it } from 'vitest';
import { readTeamFigure, teamFigureHref, withoutTeamFigure } from './team-figure-link';

describe('the drill-down in the customer list URL', () => {
  it('round-trips a rep’s number and a department’s total', () => {
    const rep = { figure: 'HOLDINGS', repId: '12' } as const;
    const department = { figure: 'RECYCLES_IN_7_DAYS', departmentId: '3' } as const;
    expect(teamFigureHref(rep)).toBe('/customers?figure=HOLDINGS&rep=12');
    expect(readTeamFigure(new URLSearchParams('figure=HOLDINGS&rep=12'))).toEqual(rep);
    expect(readTeamFigure(new URLSearchParams(teamFigureHref(department).split('?')[1]))).toEqual(department);
    expect(readTeamFigure(new URLSearchParams('figure=CLAIMED_TODAY'))).toEqual({ figure: 'CLAIMED_TODAY' });
  });

  it('ignores a figure it does not know, rather than sending it', () => {
    expect(readTeamFigure(new URLSearchParams('figure=EVERYTHING&rep=12'))).toBeNull();
    expect(readTeamFigure(new URLSearchParams('rep=12'))).toBeNull();
  });

  it('drops only its own parameters when the chip is removed', () => {
    expect(withoutTeamFigure(new URLSearchParams('figure=HOLDINGS&rep=12&tab=x')).toString()).toBe('tab=x');
  });
});
