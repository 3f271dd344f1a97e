import type { ChangeFeed } from './change-feed.service';
import { DataCache, type DataCacheLimits } from './data-cache';

/**
 * Slow-changing reference data (exchange rates, shipping brackets) kept in process, forgotten
 * whenever the change feed says its topic changed on any instance: a DataCache wired to one topic.
 * Unbounded unless told otherwise, since such tables hold a handful of rows.
 */
export class ReferenceCache<V> {
  private readonly values: DataCache<V>;

  constructor(
    feed: ChangeFeed,
    readonly topic: string,
    limits: DataCacheLimits = { entries: Infinity, maxAgeMs: Infinity },
  ) {
    this.values = new DataCache(limits, () => feed.live);
    feed.on(topic, () => this.values.clear());
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    return this.values.get(key, load);
  }
}
