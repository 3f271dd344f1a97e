import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { Transactions } from '../common/database/transactions';
import { ReferenceCache } from '../common/cache/reference-cache';
import { DomainError } from '../common/errors/domain-error';
import { PutShippingRatesDto } from './dto/put-shipping-rates.dto';
import { ZoneRatesView } from './dto/shipping-rates.view';
import { ShippingRate } from './shipping-rate';
import { ShippingRateRepository } from './shipping-rate.repository';

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
    private readonly transactions: Transactions,
    private readonly shippingRates: ShippingRateRepository,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'shipping_rates');
  }

  /** The brackets of one zone, from the cache (see ChangeFeed). */
  brackets(zone: string): Promise<ShippingRate[]> {
    return this.cache.get(zone, () => this.shippingRates.zone(zone));
  }

  async list(): Promise<ZoneRatesView[]> {
    return group(await this.shippingRates.list());
  }

  /** Replaces a zone's brackets as a whole; orders placed earlier keep the shipping they were charged. */
  async replaceZone(admin: AuthUser, zone: string, dto: PutShippingRatesDto): Promise<ZoneRatesView> {
    const weights = dto.brackets.map((b) => b.maxWeightGrams);
    if (new Set(weights).size !== weights.length) {
      throw new DomainError('VALIDATION_FAILED', 'Each bracket needs its own maximum weight', [
        { field: 'brackets', errors: ['maxWeightGrams must be unique'] },
      ]);
    }
    const view = await this.transactions.run(async (tx) => {
      const before = group(await this.shippingRates.lockZone(tx, zone));
      const [after] = group(await this.shippingRates.replaceZone(tx, zone, dto.asOf, dto.brackets));
      await this.audit.record(tx, admin, {
        action: 'shipping_rates.put',
        targetType: 'shipping_zone',
        targetId: zone,
        before: before[0],
        after,
      });
      return after;
    });
    this.feed.changed(this.cache.topic);
    return view;
  }
}
