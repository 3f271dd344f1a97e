export interface CachedResponse {
  body: Buffer;
  /** The headers that belong to the answer itself (type, ETag, Cache-Control, Vary). */
  headers: Array<[string, string]>;
  storedAt: number;
}

export interface ResponseCacheLimits {
  /** At most this many answers; 0 keeps none. */
  entries: number;
  /** At most this many body bytes in all. */
  bytes: number;
  /** No answer is served older than this, whatever the change feed says. */
  maxAgeMs: number;
}

/**
 * Serialized answers kept in process, least recently used dropped first once past either bound.
 * `clear` forgets everything and starts a new generation: an answer computed across a clear (it
 * may have read the old rows) or while `live` says changes could go unheard is not kept.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private size = 0;
  private generation = 0;

  constructor(
    private readonly limits: ResponseCacheLimits,
    private readonly live: () => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  get count(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.size;
  }

  /** Taken before computing an answer, handed back to `set`. */
  get mark(): number {
    return this.generation;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt >= this.limits.maxAgeMs) {
      this.size -= entry.body.length;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, body: Buffer, headers: Array<[string, string]>, mark: number): void {
    if (mark !== this.generation || !this.live() || body.length > this.limits.bytes || this.limits.entries === 0) return;
    this.drop(key);
    this.entries.set(key, { body, headers, storedAt: this.now() });
    this.size += body.length;
    while (this.entries.size > this.limits.entries || this.size > this.limits.bytes) {
      this.drop(this.entries.keys().next().value as string);
    }
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.size = 0;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.body.length;
  }
}
