import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ROLES, type Role } from '@berth/domain';
import { DepartmentEntity } from './department.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lower-cased; login compares lower-cased input. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Index('idx_users_department')
  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => DepartmentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<DepartmentEntity> | null;

  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** The dashboard language the user chose ('en', 'zh-CN'); null: their browser's. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  locale: string | null;

  /** An admin's choice to receive clash alerts on every team's customers (on unless they turn it off). */
  @Column({ type: 'boolean', default: true })
  allClashAlerts: boolean;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
