import type { DataSource } from 'typeorm';
import { BerthError, returnedReason, returnProblems, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { CustomerNews } from '../customers/customer-news';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { ReturnRepository } from './return.repository';

/** An owner gives a customer back to the pool, with one of the policy's reasons. */
export class ReturnService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly returns: ReturnRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly news: CustomerNews,
  ) {}

  async returnToPool(viewer: Viewer, customerId: number, reasonCode: string, note: string | null): Promise<number> {
    const policy = await this.policies.current();
    const problems = returnProblems({ reasonCode, note }, policy);
    if (problems.length) throw BerthError.badInput(problems);
    const label = policy.returnReasons.find((r) => r.code === reasonCode)!.label;
    const reason = returnedReason(reasonCode, label, note);
    const now = this.clock.now();
    const returned = await this.dataSource.transaction((m) => this.returns.returnToPool(m, customerId, viewer.userId, reason, now));
    // Not the owner (or no such customer): the same answer as for any customer the viewer cannot see.
    if (!returned) throw new BerthError('NOT_FOUND', 'Customer not found.');
    this.news.poolChanged('RETURNED', [customerId]);
    await this.news.aboutOwners('RETURNED', [customerId], [viewer.userId]);
    return customerId;
  }
}
