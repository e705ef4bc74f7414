import type { DataSource } from 'typeorm';
import { BerthError, type Viewer } from '@berth/domain';
import type { CustomerService } from '../customers/customer.service';
import type { OwnershipTrailRepository, TrailBreak } from './ownership-trail.repository';

/** The most breaks one check lists; the counts say how much was checked. */
const MAX_BREAKS = 100;

export interface TrailCheck {
  events: number;
  customers: number;
  breaks: TrailBreak[];
}

/** Who owned a customer on a date, and whether the ownership trail is intact. */
export class OwnershipTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trail: OwnershipTrailRepository,
    private readonly customers: CustomerService,
  ) {}

  /** Who held a customer the viewer may see at `at`: a rep, the pool (ownerId null), or nobody yet (null). */
  async ownerAt(viewer: Viewer, customerId: number, at: Date) {
    await this.assertVisible(viewer, customerId);
    return this.trail.ownerAt(this.dataSource.manager, customerId, at);
  }

  /** One customer's trail (anyone who may see it), or the whole trail (admins). */
  async verify(viewer: Viewer, customerId: number | null): Promise<TrailCheck> {
    if (customerId === null) {
      if (viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN', 'Only admins check the whole trail; name a customer.');
    } else await this.assertVisible(viewer, customerId);
    return this.verifyAll(customerId);
  }

  /** The check itself, for the command line as for the API. */
  verifyAll(customerId: number | null = null): Promise<TrailCheck> {
    return this.trail.verify(this.dataSource.manager, customerId, MAX_BREAKS);
  }

  private async assertVisible(viewer: Viewer, customerId: number): Promise<void> {
    // Its own scope, or the pool (which everyone may browse): NOT_FOUND otherwise, as for any customer.
    if (!(await this.customers.find(viewer, customerId))) await this.customers.poolCustomer(customerId);
  }
}
