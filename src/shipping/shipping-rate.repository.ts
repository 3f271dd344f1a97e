import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ShippingRate } from './shipping-rate';

export type ShippingBracket = Pick<ShippingRate, 'maxWeightGrams' | 'priceMadMinor'>;

@Injectable()
export class ShippingRateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  zone(zone: string): Promise<ShippingRate[]> {
    return this.dataSource.manager.find(ShippingRate, { where: { zone } });
  }

  /** Every zone's brackets, by zone then weight. */
  list(): Promise<ShippingRate[]> {
    return this.dataSource.manager.find(ShippingRate, { order: { zone: 'ASC', maxWeightGrams: 'ASC' } });
  }

  /** The zone's brackets by weight, locked until the caller's transaction ends. */
  lockZone(tx: EntityManager, zone: string): Promise<ShippingRate[]> {
    return tx.find(ShippingRate, { where: { zone }, order: { maxWeightGrams: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Replaces the zone's brackets and returns them as stored, by weight. */
  async replaceZone(tx: EntityManager, zone: string, asOf: string, brackets: readonly ShippingBracket[]): Promise<ShippingRate[]> {
    await tx.delete(ShippingRate, { zone });
    await tx.insert(
      ShippingRate,
      brackets.map((b) => ({ zone, maxWeightGrams: b.maxWeightGrams, priceMadMinor: b.priceMadMinor, asOf })),
    );
    return tx.find(ShippingRate, { where: { zone }, order: { maxWeightGrams: 'ASC' } });
  }
}
