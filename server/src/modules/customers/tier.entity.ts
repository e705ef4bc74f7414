import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Admin-defined customer grades (A/B/C by default); rules may differ per tier. */
@Entity('tiers')
export class TierEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** 1 = most important; lists sort by it. */
  @Column({ type: 'int', unique: true })
  rank: number;
}
