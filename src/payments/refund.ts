import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';

/** A refund of (part of) a card payment, in the order's currency. */
@Entity('refunds')
@Index('ix_refunds_order', ['orderId'])
export class Refund {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Index('uq_refunds_stripe_refund', { unique: true })
  @Column({ type: 'varchar', length: 255 })
  stripeRefundId: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
