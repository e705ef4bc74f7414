import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

@Entity('departments')
export class DepartmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => DepartmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<DepartmentEntity> | null;

  /**
   * Materialised path "/1/4/": the subtree of a department is every path starting with its own.
   * Its unique index uses varchar_pattern_ops (created in the migration) so `LIKE '/1/%'` uses it.
   */
  @Index('idx_departments_path', { synchronize: false })
  @Column({ type: 'varchar', length: 255 })
  path: string;
}
