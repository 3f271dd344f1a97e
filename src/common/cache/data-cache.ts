export interface DataCacheLimits {
  /** At most this many values; 0 keeps none. */
  entries: number;
  /** No value is served older than this, whatever the change feed says. */
  maxAgeMs: number;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

/**
 * Values read from the database kept in process, least recently used dropped first past the bound
 * and none served past the maximum age. `clear` (wired to the change feed) starts a new generation:
 * a value loaded across a clear, or while `live` says changes could go unheard, is used once and not
 * kept. Concurrent reads of a missing key share one load, so a cleared page costs one read, not one
 * per waiting request.
 */
export class DataCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly loading = new Map<string, Promise<V>>();
  private generation = 0;

  constructor(
    private readonly limits: DataCacheLimits,
    private readonly live: () => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  get count(): number {
    return this.entries.size;
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (this.now() - entry.storedAt < this.limits.maxAgeMs) {
        this.entries.set(key, entry);
        return Promise.resolve(entry.value);
      }
    }
    return this.loading.get(key) ?? this.load(key, load);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.loading.clear();
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const generation = this.generation;
    const loaded = load().then(
      (value) => {
        if (generation !== this.generation) return value;
        this.loading.delete(key);
        if (this.live() && this.limits.entries > 0) this.store(key, value);
        return value;
      },
      (error: unknown) => {
        if (generation === this.generation) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, loaded);
    return loaded;
  }

  private store(key: string, value: V): void {
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.limits.entries) this.entries.delete(this.entries.keys().next().value as string);
  }
}
