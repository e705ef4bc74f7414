import {
  BerthError,
  cleanText,
  computeProtectionEnd,
  isValidFollowUp,
  validateFollowUpFields,
  type FollowUpType,
  type PoolPolicy,
  type Viewer,
} from '@berth/domain';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock';
import type { CustomerEntity } from '../customers/customer.entity';
import type { CustomerService } from '../customers/customer.service';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { FollowUpRepository } from './follow-up.repository';

export interface LogFollowUp {
  type: FollowUpType;
  content: string;
  occurredAt?: Date | null;
  nextStep?: string | null;
  remindAt?: Date | null;
}

/** Logs follow-ups; a valid one moves the owner's protection end as the policy says. */
export class FollowUpService {
  constructor(
    private readonly customers: CustomerService,
    private readonly followUps: FollowUpRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
  ) {}

  async log(viewer: Viewer, customerId: number, input: LogFollowUp) {
    const now = this.clock.now();
    const fields = { ...input, content: input.content.trim(), occurredAt: input.occurredAt ?? now, nextStep: cleanText(input.nextStep) ?? null };
    const problems = validateFollowUpFields(fields, now);
    if (problems.length) throw BerthError.badInput(problems);
    let policy: PoolPolicy;
    return this.customers.changeVisible(
      viewer,
      customerId,
      async (manager, customer) => {
        const followUp = await this.followUps.insert(manager, {
          customerId,
          authorId: viewer.userId,
          type: fields.type,
          content: fields.content,
          occurredAt: fields.occurredAt,
          nextStep: fields.nextStep,
          remindAt: fields.remindAt ?? null,
          counted: isValidFollowUp(fields, policy),
          createdAt: now,
        });
        await this.customers.recordActivity(manager, [
          { customerId, subject: 'FOLLOW_UP', subjectId: followUp.id, action: 'ADD', actorId: viewer.userId, occurredAt: now, summary: { after: { type: followUp.type, content: followUp.content.slice(0, 200) } } },
        ]);
        const extended = followUp.counted && (await this.recomputeProtection(manager, customer, policy));
        return { followUp, extended };
      },
      { keysChanged: false, kindOf: (r) => (r.extended ? 'PROTECTION_EXTENDED' : 'UPDATED'), beforeLock: async (manager) => void (policy = await this.policies.inForce(manager)) },
    );
  }

  /**
   * The stored end is always the rule's answer for everything logged so far, never a running sum.
   * True when the end moved later (a back-dated follow-up never moves it earlier).
   */
  private async recomputeProtection(manager: EntityManager, customer: CustomerEntity, policy: PoolPolicy): Promise<boolean> {
    if (customer.ownerId === null || customer.ownedSince === null) return false;
    const before = customer.protectedUntil?.getTime() ?? null;
    const followUps = await this.followUps.since(manager, customer.id, customer.ownedSince);
    const end = computeProtectionEnd({
      ownedSince: customer.ownedSince,
      tier: customer.tierCode,
      followUps: followUps.map((f) => ({ type: f.type, content: f.content, at: f.occurredAt })),
      hasWonDeal: customer.status === 'WON',
      policy,
    });
    if (end.getTime() === before) return false;
    await this.customers.setProtectedUntil(manager, customer, end);
    return before === null || end.getTime() > before;
  }
}
