import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';

/**
 * The protection and pool rules in force. Until admins edit them (the pool issue), they are
 * PRODUCT.md's defaults in the team's time zone.
 */
export class PoolPolicyService {
  constructor(private readonly teamTimeZone: string) {}

  async current(): Promise<PoolPolicy> {
    return { ...DEFAULT_POOL_POLICY, teamTimeZone: this.teamTimeZone };
  }
}
