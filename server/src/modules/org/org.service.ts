import { BerthError, LIMITS, fieldProblem, type Viewer } from '@berth/domain';
import type { OrgRepository } from './org.repository';

/** Reference data for forms and filters, scoped where it names people. */
export class OrgService {
  constructor(private readonly org: OrgRepository) {}

  regions() {
    return this.org.allRegions();
  }

  tiers() {
    return this.org.allTiers();
  }

  colleagues(search: string | null, first: number) {
    const text = search?.trim() || null;
    if (text && text.length > LIMITS.textSearch) throw BerthError.badInput([fieldProblem('search', 'TOO_LONG', { max: LIMITS.textSearch })]);
    return this.org.colleagues(text, first);
  }

  teamMembers(viewer: Viewer) {
    return this.org.teamMembers(viewer);
  }
}
