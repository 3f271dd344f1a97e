import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { DomainError } from '../common/errors/domain-error';
import { PutShippingRatesDto } from './dto/put-shipping-rates.dto';
import { ZoneRatesView } from './dto/shipping-rates.view';
import { ShippingRate } from './shipping-rate';

function group(rows: ShippingRate[]): ZoneRatesView[] {
  const zones = new Map<string, ZoneRatesView>();
  for (const row of rows) {
    const zone = zones.get(row.zone) ?? { zone: row.zone, asOf: row.asOf, brackets: [] };
    zone.brackets.push({ maxWeightGrams: row.maxWeightGrams, priceMadMinor: row.priceMadMinor });
    zones.set(row.zone, zone);
  }
  return [...zones.values()];
}

/** The shipping table: per destination zone, parcel prices by weight bracket, edited by admins. */
@Injectable()
export class ShippingRatesService {
  /** A zone's brackets, read by every order placed otherwise. */
  private readonly cache: ReferenceCache<ShippingRate[]>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'shipping_rates');
  }

  /** The brackets of one zone, from the cache (see ChangeFeed). */
  brackets(zone: string): Promise<ShippingRate[]> {
    return this.cache.get(zone, () => this.dataSource.getRepository(ShippingRate).find({ where: { zone } }));
  }

  async list(): Promise<ZoneRatesView[]> {
    return group(await this.dataSource.getRepository(ShippingRate).find({ order: { zone: 'ASC', maxWeightGrams: 'ASC' } }));
  }

  /** Replaces a zone's brackets as a whole; orders placed earlier keep the shipping they were charged. */
  async replaceZone(admin: AuthUser, zone: string, dto: PutShippingRatesDto): Promise<ZoneRatesView> {
    const weights = dto.brackets.map((b) => b.maxWeightGrams);
    if (new Set(weights).size !== weights.length) {
      throw new DomainError('VALIDATION_FAILED', 'Each bracket needs its own maximum weight', [{ field: 'brackets', errors: ['maxWeightGrams must be unique'] }]);
    }
    const view = await this.dataSource.transaction(async (manager) => {
      const before = group(await manager.find(ShippingRate, { where: { zone }, order: { maxWeightGrams: 'ASC' }, lock: { mode: 'pessimistic_write' } }));
      await manager.delete(ShippingRate, { zone });
      await manager.insert(ShippingRate, dto.brackets.map((b) => ({ zone, maxWeightGrams: b.maxWeightGrams, priceMadMinor: b.priceMadMinor, asOf: dto.asOf })));
      const [after] = group(await manager.find(ShippingRate, { where: { zone }, order: { maxWeightGrams: 'ASC' } }));
      await this.audit.record(manager, admin, { action: 'shipping_rates.put', targetType: 'shipping_zone', targetId: zone, before: before[0], after });
      return after;
    });
    this.feed.changed(this.cache.topic);
    return view;
  }
}
