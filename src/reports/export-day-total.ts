import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { EXPORT_FACT_DIMENSIONS, type ExportFactDimension } from './export-fact';

/**
 * Exports of one UTC day for one key of one dimension (a destination, branch, HS chapter, region or
 * cooperative), what the export report sums: a year is a few thousand rows whatever the number of
 * orders. Kept by refresh_export_facts, which adds each order's facts as they change. Every day and
 * key is split over 8 shards picked by order id, so payments arriving together mostly update
 * different rows instead of queueing on one.
 */
@Entity('export_day_totals')
@Check('ck_export_day_totals_dimension', `dimension IN (${EXPORT_FACT_DIMENSIONS.map((d) => `'${d}'`).join(', ')})`)
@Check('ck_export_day_totals_shard', 'shard BETWEEN 0 AND 7')
export class ExportDayTotal {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_export_day_totals' })
  dimension: ExportFactDimension;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_export_day_totals' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_export_day_totals' })
  key: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_export_day_totals' })
  shard: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  valueMad: number;

  @Column({ type: 'integer' })
  orders: number;
}
