import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import type { SettingsRepository } from '../settings/settings.repository';

export const POOL_POLICY_SETTING = 'pool-policy';

/**
 * The protection and pool rules in force: the stored policy, else PRODUCT.md's defaults in
 * the team's time zone. (Admin editing with versions and a what-if preview is still to come.)
 */
export class PoolPolicyService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly teamTimeZone: string,
  ) {}

  async current(): Promise<PoolPolicy> {
    return (await this.settings.get<PoolPolicy>(POOL_POLICY_SETTING)) ?? { ...DEFAULT_POOL_POLICY, teamTimeZone: this.teamTimeZone };
  }
}
