import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { editionInForce, HsEditionDates } from './hs-edition-in-force';
import { loadHsEditions } from './hs-editions';

/** The HS editions, cached in process and forgotten when any instance changes them (the change feed). */
@Injectable()
export class HsEditionsService {
  private readonly cache: ReferenceCache<HsEditionDates[]>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'hs_editions');
  }

  /** The edition in force on `date`; read before a transaction, so no lock waits on it. */
  async inForce(date = new Date()): Promise<number> {
    const edition = editionInForce(await this.cache.get('*', () => loadHsEditions(this.dataSource.manager)), date);
    if (edition === undefined) throw new Error(`No HS edition is in force on ${date.toISOString().slice(0, 10)}`);
    return edition;
  }
}
