import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { Transactions } from '../common/database/transactions';
import { HsEditionRepository } from './hs-edition.repository';
import { HsEditionDates, requireEditionInForce } from './hs-edition-in-force';

/** The HS editions, cached in process and forgotten when any instance changes them (the change feed). */
@Injectable()
export class HsEditionsService {
  private readonly cache: ReferenceCache<HsEditionDates[]>;

  constructor(
    private readonly transactions: Transactions,
    private readonly editions: HsEditionRepository,
    feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'hs_editions');
  }

  /** The edition in force on `date`; read before a transaction, so no lock waits on it. */
  async inForce(date = new Date()): Promise<number> {
    return requireEditionInForce(await this.cache.get('*', () => this.editions.all(this.transactions.manager)), date);
  }

  /** Every edition, oldest first, as the caller's transaction sees them (not cached). */
  list(tx: EntityManager): Promise<HsEditionDates[]> {
    return this.editions.all(tx);
  }
}
