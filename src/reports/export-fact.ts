import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { Order } from '../orders/order';

export const EXPORT_FACT_DIMENSIONS = ['country', 'branch', 'hsChapter', 'region', 'cooperative'] as const;
export type ExportFactDimension = (typeof EXPORT_FACT_DIMENSIONS)[number];

/**
 * What one exported order adds to one row of the export report: its goods in MAD for one destination,
 * branch, HS chapter, region or cooperative. Written by the SQL function refresh_export_facts when an
 * order is paid or refunded (see the AddExportFacts migration), which moves the difference into
 * export_day_totals, what the report reads. The region is the cooperative's when paid, frozen like
 * the branch and HS code on the order line.
 */
@Entity('export_facts')
@Check('ck_export_facts_dimension', `dimension IN (${EXPORT_FACT_DIMENSIONS.map((d) => `'${d}'`).join(', ')})`)
export class ExportFact {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_export_facts' })
  orderId: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_export_facts_order' })
  order?: Relation<Order>;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_export_facts' })
  dimension: ExportFactDimension;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_export_facts' })
  key: string;

  @Column({ type: 'timestamptz' })
  paidAt: Date;

  @Column({ type: 'bigint', transformer: bigintNumber })
  valueMad: number;
}
