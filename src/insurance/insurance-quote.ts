import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { User } from '../auth/user';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import type { Order } from '../orders/order';
import type { Coverage, CoverageQuote } from './insurance-pricing';

export const INSURANCE_QUOTE_STATUSES = ['quoted', 'used', 'bound'] as const;
export type InsuranceQuoteStatus = (typeof INSURANCE_QUOTE_STATUSES)[number];

export interface QuotedItem {
  productId: string;
  quantity: number;
}

/**
 * A priced offer of cover with its inputs and the rates used, so it keeps its price whatever admins
 * change later. An order uses it at most once (`orderId`); payment binds it as a policy.
 * Amounts are minor units of `currency`.
 */
@Entity('insurance_quotes')
@Index('ix_insurance_quotes_requester', ['requesterId', 'createdAt'])
export class InsuranceQuote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id', foreignKeyConstraintName: 'fk_insurance_quotes_requester' })
  requester?: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  status: InsuranceQuoteStatus;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** MAD per unit of `currency` the quote was priced at. */
  @Column({ type: 'numeric', precision: 18, scale: 8 })
  madPerUnit: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  goodsValueMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  shippingMinor: number;

  /** The goods quoted, one entry per product in product id order; null for a quote on a goods value. */
  @Column({ type: 'jsonb', nullable: true })
  items: QuotedItem[] | null;

  @Column({ type: 'jsonb' })
  coverages: Coverage[];

  @Column({ type: 'integer', nullable: true })
  paymentTermDays: number | null;

  @Column({ type: 'varchar', length: 3 })
  incoterm: 'DAP' | 'DDP';

  /** The class that priced the quote; null when the destination has none on file (transit only). */
  @Column({ type: 'smallint', nullable: true })
  riskClass: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  goodsClass: string | null;

  @Column({ type: 'bigint', transformer: bigintNumber })
  insuredValueMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  premiumMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  premiumMadMinor: number;

  @Column({ type: 'jsonb' })
  breakdown: CoverageQuote[];

  @Column({ type: 'uuid' })
  rateTableId: string;

  @Column({ type: 'date' })
  rateTableAsOf: string;

  @Column({ type: 'date', nullable: true })
  countryRiskAsOf: string | null;

  @Column({ type: 'timestamptz' })
  validUntil: Date;

  @Index('uq_insurance_quotes_order', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @ManyToOne('Order', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_insurance_quotes_order' })
  order?: Relation<Order>;

  @Index('uq_insurance_quotes_policy_number', { unique: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  policyNumber: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  boundAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
