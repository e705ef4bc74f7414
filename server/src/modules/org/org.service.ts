import type { Viewer } from '@berth/domain';
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

  teamMembers(viewer: Viewer) {
    return this.org.teamMembers(viewer);
  }
}
