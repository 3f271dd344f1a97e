import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';

/** One weight bracket of the shipping table: parcels up to `maxWeightGrams` to `zone` cost this much. */
@Entity('shipping_rates')
export class ShippingRate {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  zone: string;

  @PrimaryColumn({ type: 'integer' })
  maxWeightGrams: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  priceMadMinor: number;

  @Column({ type: 'date' })
  asOf: string;
}
