import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of admin actions and membership changes, written in the changing transaction. */
@Entity('audit_log')
@Index('ix_audit_log_target', ['targetType', 'targetId'])
@Index('ix_audit_log_actor', ['actorId'])
@Index('ix_audit_log_created', ['createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  targetType: string;

  /** A uuid for most records; a natural key (e.g. a currency code) for the few that have no uuid. */
  @Column({ type: 'varchar', length: 64 })
  targetId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
