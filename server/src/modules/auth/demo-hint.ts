import type { SettingsRepository } from '../settings/settings.repository';

/** Written by the demo seed: the logins of the demo team it created. */
export const DEMO_SEEDED_SETTING = 'demo-seeded';

export interface DemoHint {
  logins: string[];
  password: string;
}

/**
 * The sign-in page's hint for a new user: the demo logins, only where this database was given the
 * demo team by the first start and the server still offers the demo (BERTH_SEED_DEMO is not
 * false). A production install without the demo shows nothing.
 */
export class DemoHintService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly offersDemo: boolean,
    private readonly password: string,
  ) {}

  async hint(): Promise<DemoHint | null> {
    if (!this.offersDemo) return null;
    const logins = await this.settings.get<string[]>(DEMO_SEEDED_SETTING);
    return logins?.length ? { logins, password: this.password } : null;
  }
}
