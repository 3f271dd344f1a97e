import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';

export const LEDGER_KINDS = ['sale', 'shipping', 'commission', 'refund', 'payout'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * Append-only payout ledger in MAD minor units: credits are positive, debits negative, and a
 * cooperative's balance is their sum. Unique keys make crediting a sale or debiting a refund
 * idempotent.
 */
@Entity('ledger_entries')
@Index('ix_ledger_entries_cooperative', ['cooperativeId', 'createdAt'])
@Index('uq_ledger_entries_sale', ['cooperativeOrderId', 'kind'], { unique: true, where: `kind IN ('sale', 'shipping', 'commission')` })
@Index('uq_ledger_entries_refund', ['refundId', 'cooperativeId'], { unique: true, where: `refund_id IS NOT NULL` })
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cooperativeId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: LedgerKind;

  @Column({ type: 'bigint', transformer: bigintNumber })
  amountMadMinor: number;

  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  cooperativeOrderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  refundId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
