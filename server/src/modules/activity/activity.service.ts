import type { DataSource } from 'typeorm';
import type { ActivityRepository, ActivityRow, ActivitySummaryRow } from './activity.repository';

/** Reads a customer's activity log; the writers append to it in their own transactions. */
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: ActivityRepository,
  ) {}

  latest(customerId: number, first: number): Promise<ActivityRow[]> {
    return this.activity.latest(this.dataSource.manager, customerId, first);
  }

  summary(customerId: number): Promise<ActivitySummaryRow> {
    return this.activity.summary(this.dataSource.manager, customerId);
  }
}
