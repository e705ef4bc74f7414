import type { DataSource, EntityManager } from 'typeorm';
import { BerthError, DEFAULT_DUPLICATE_RULES, validateDuplicateRules, type DuplicateRules, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { SettingsRepository } from '../settings/settings.repository';

const KEY = 'duplicate-rules';

/** Which dimensions are checked, whether each warns or blocks, and the similar-name threshold. */
export class DuplicateRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsRepository,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's manager when inside one: a second pooled connection could deadlock under load. */
  async current(manager?: EntityManager): Promise<DuplicateRules> {
    return (await this.settings.get<DuplicateRules>(KEY, manager)) ?? DEFAULT_DUPLICATE_RULES;
  }

  async update(viewer: Viewer, rules: DuplicateRules): Promise<DuplicateRules> {
    if (viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN');
    const problems = validateDuplicateRules(rules);
    if (problems.length) throw BerthError.badInput(problems);
    const clean: DuplicateRules = {
      similarNameThreshold: rules.similarNameThreshold,
      rules: rules.rules.map(({ dimension, method, enabled, action }) => ({ dimension, method, enabled, action })),
    };
    await this.dataSource.transaction((m) => this.settings.put(m, KEY, clean, viewer.userId, this.clock.now()));
    return clean;
  }
}
