import type { Viewer } from '@berth/domain';
import { idOrFieldError } from '../../graphql/ids';
import type { TeamService } from '../team/team.service';
import type { CustomerFilterInput } from './customer.inputs';
import type { CustomerListFilter } from './customer.repository';

/** The API's list filter as the repository takes it; shared by customers and poolCustomers. */
export function listFilterFrom(filter: CustomerFilterInput | null): CustomerListFilter {
  if (!filter) return {};
  return {
    text: filter.text?.trim() || null,
    tags: filter.tags?.map((t) => t.trim()).filter(Boolean) ?? null,
    industry: filter.industry ?? null,
    regionId: filter.regionId ? idOrFieldError(filter.regionId, 'filter.regionId') : null,
    tierCode: filter.tier ?? null,
    ownerId: filter.ownerId ? idOrFieldError(filter.ownerId, 'filter.ownerId') : null,
    status: filter.status ?? null,
    source: filter.source?.trim() || null,
    protectedUntilBefore: filter.protectedUntilBefore ?? null,
  };
}

/**
 * The customers list's filter, with a Team-page figure turned into its one SQL condition for
 * the viewer's team (team-figures.ts): the list then holds exactly the customers behind the number.
 */
export async function customerListFilterFrom(filter: CustomerFilterInput | null, viewer: Viewer, team: Pick<TeamService, 'figureCondition'>): Promise<CustomerListFilter> {
  const listFilter = listFilterFrom(filter);
  if (filter?.teamFigure) listFilter.teamFigure = await team.figureCondition(viewer, filter.teamFigure, 'filter.teamFigure');
  return listFilter;
}
