import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user';
import { Cooperative } from './cooperative';
import type { MemberRole } from './cooperative-status';

@Entity('cooperative_members')
@Index('ix_cooperative_members_user', ['userId'])
export class CooperativeMember {
  @PrimaryColumn({ type: 'uuid' })
  cooperativeId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'fk_cooperative_members_cooperative' })
  cooperative?: Cooperative;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cooperative_members_user' })
  user?: User;
}
