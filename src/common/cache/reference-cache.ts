import type { ChangeFeed } from './change-feed.service';

/**
 * Slow-changing reference data (exchange rates, shipping brackets) kept in process, forgotten
 * whenever the change feed says its topic changed on any instance. A value loaded while a change
 * arrived, or while the feed is down, is used once and not kept.
 */
export class ReferenceCache<V> {
  private readonly entries = new Map<string, V>();
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    readonly topic: string,
  ) {
    feed.on(topic, () => this.clear());
  }

  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.entries.has(key)) return this.entries.get(key)!;
    const generation = this.generation;
    const value = await load();
    if (this.feed.live && generation === this.generation) this.entries.set(key, value);
    return value;
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
