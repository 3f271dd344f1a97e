import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { Order } from './order';

export const STRAY_PAYMENT_CAUSES = ['paid_after_cancel', 'paid_after_expiry', 'amount_mismatch', 'duplicate_payment'] as const;
export type StrayPaymentCause = (typeof STRAY_PAYMENT_CAUSES)[number];

/** `review`: a person decides; `refund_due`: to be refunded (card: automatically); `refunded`: done. */
export const STRAY_PAYMENT_STATES = ['review', 'refund_due', 'refunded'] as const;
export type StrayPaymentState = (typeof STRAY_PAYMENT_STATES)[number];

/**
 * Money received for an order that it could not pay: after the order was cancelled or expired (and
 * could not be revived), for another amount, or twice. Kept here until it is refunded, so that no
 * payment is ever only in Stripe's or the bank's books.
 */
@Entity('stray_payments')
@Index('uq_stray_payments_order_reference', ['orderId', 'reference'], { unique: true })
@Index('ix_stray_payments_state_created', ['state', 'createdAt'])
export class StrayPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_stray_payments_order' })
  order?: Relation<Order>;

  @Column({ type: 'varchar', length: 16 })
  method: 'card' | 'bank_transfer';

  /** The Stripe payment intent, or the bank transfer's reference. */
  @Column({ type: 'varchar', length: 255 })
  reference: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 30 })
  cause: StrayPaymentCause;

  @Column({ type: 'varchar', length: 20 })
  state: StrayPaymentState;

  @Column({ type: 'varchar', length: 255, nullable: true })
  stripeRefundId: string | null;

  /** The bank reference of a transfer sent back by hand (bank-transfer payments only). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  refundReference: string | null;

  /** Failed automatic refunds so far, and when to try again (backoff). */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  retryAfter: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
