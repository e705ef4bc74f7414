import type { DataSource } from 'typeorm';
import { TOPICS, type BerthPubSub } from '../../graphql/pubsub';
import type { TransferRepository } from './transfer.repository';

/** Tells everyone allowed to follow a transfer where it stands: after its decision and after each committed chunk. */
export class TransferProgressNews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
    private readonly pubsub: BerthPubSub,
  ) {}

  async announce(requestId: number): Promise<void> {
    const request = await this.transfers.find(this.dataSource.manager, requestId);
    if (!request) return;
    const progress = await this.transfers.progress(this.dataSource.manager, requestId);
    this.pubsub.publish(TOPICS.transferProgress, {
      requestId,
      requestedById: request.requestedById,
      fromDepartmentPath: request.fromDepartmentPath,
      status: request.status,
      ...progress,
    });
  }
}
