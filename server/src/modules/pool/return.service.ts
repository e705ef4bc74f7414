import { BerthError, returnedReason, returnProblems, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { UnitOfWork } from '../ownership/unit-of-work';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';

/** An owner gives a customer back to the pool, with one of the policy's reasons. */
export class ReturnService {
  constructor(
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
  ) {}

  async returnToPool(viewer: Viewer, customerId: number, reasonCode: string, note: string | null): Promise<number> {
    const policy = await this.policies.current();
    const problems = returnProblems({ reasonCode, note }, policy);
    if (problems.length) throw BerthError.badInput(problems);
    const label = policy.returnReasons.find((r) => r.code === reasonCode)!.label;
    const reason = returnedReason(reasonCode, label, note);
    const now = this.clock.now();
    // Only while the viewer still owns it: the ledger's conditional move, so a race with a recycle or an assignment cannot return it twice.
    const returned = await this.uow.run((tx) =>
      this.ledger.apply(tx, now, [{ customerId, kind: 'RETURNED', from: viewer.userId, to: null, actorId: viewer.userId, protectedUntil: null, reason }]),
    );
    // Not the owner (or no such customer): the same answer as for any customer the viewer cannot see.
    if (!returned.length) throw new BerthError('NOT_FOUND', 'Customer not found.');
    return customerId;
  }
}
