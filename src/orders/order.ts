import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../auth/user';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { InsuranceQuote } from '../insurance/insurance-quote';
import type { LandedCost } from '../landed-cost/landed-cost-calculator';
import { CooperativeOrder } from './cooperative-order';
import { OrderLine } from './order-line';
import type { OrderStatus } from './order-state';

export interface ShippingAddress {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
  phone?: string;
}

/**
 * A buyer's order across cooperatives. Amounts are in the buyer's currency (minor units) at the
 * rate fixed when the order was placed; `totalMadMinor` is the same order in MAD for reports.
 */
@Entity('orders')
@Index('uq_orders_buyer_idempotency_key', ['buyerId', 'idempotencyKey'], { unique: true })
@Index('ix_orders_buyer_created', ['buyerId', 'createdAt'])
@Index('ix_orders_pending_expiry', ['expiresAt'], { where: `status = 'pending_payment'` })
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_orders_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'uuid' })
  buyerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id', foreignKeyConstraintName: 'fk_orders_buyer' })
  buyer?: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  status: OrderStatus;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** MAD per unit of `currency`, fixed at placement ("1" for MAD). */
  @Column({ type: 'numeric', precision: 18, scale: 8 })
  madPerUnit: string;

  @Column({ type: 'date' })
  rateAsOf: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  subtotalMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  shippingMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 })
  insuranceMinor: number;

  /** Duties and taxes Hirfa collects with the order (DDP, IOSS, the UK scheme); part of the total. */
  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 })
  landedCostMinor: number;

  /** The landed-cost breakdown the order was sold under, with the rule versions that priced it. */
  @Column({ type: 'jsonb', nullable: true })
  landedCost: LandedCost | null;

  @Column({ type: 'bigint', transformer: bigintNumber })
  totalMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  totalMadMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 })
  refundedMinor: number;

  @Column({ type: 'jsonb' })
  shippingAddress: ShippingAddress;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'varchar', length: 3 })
  incoterm: 'DAP' | 'DDP';

  @Column({ type: 'varchar', length: 16 })
  paymentMethod: 'card' | 'bank_transfer';

  @Column({ type: 'uuid', nullable: true })
  insuranceQuoteId: string | null;

  @ManyToOne(() => InsuranceQuote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'insurance_quote_id', foreignKeyConstraintName: 'fk_orders_insurance_quote' })
  insuranceQuote?: Relation<InsuranceQuote>;

  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request that created the order, to tell a replay from a different request. */
  @Column({ type: 'char', length: 64, nullable: true })
  requestHash: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  paymentReference: string | null;

  @Index('uq_orders_checkout_session', { unique: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  checkoutSessionId: string | null;

  @Index('ix_orders_payment_intent')
  @Column({ type: 'varchar', length: 255, nullable: true })
  paymentIntentId: string | null;

  /** `review` while a payment of another amount or currency waits for a person (its StrayPayment says more). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  paymentFlag: 'review' | null;

  @Column({ type: 'text', nullable: true })
  paymentFlagReason: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Failed attempts of the expiry or reconciliation job on this order, and when to try again (backoff). */
  @Column({ type: 'integer', default: 0 })
  settleAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  settleAfter: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => OrderLine, (line) => line.order)
  lines?: Relation<OrderLine[]>;

  @OneToMany(() => CooperativeOrder, (part) => part.order)
  cooperativeOrders?: Relation<CooperativeOrder[]>;
}
