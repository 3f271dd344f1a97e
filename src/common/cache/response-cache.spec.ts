import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  let now = 0;
  let live = true;
  const make = (entries = 3, bytes = 100, maxAgeMs = 1000): ResponseCache =>
    new ResponseCache(
      { entries, bytes, maxAgeMs },
      () => live,
      () => now,
    );
  const body = (length: number): Buffer => Buffer.alloc(length, 1);
  beforeEach(() => {
    now = 0;
    live = true;
  });

  it('serves what it stored, with its headers', () => {
    const cache = make();
    cache.set('a', body(5), [['ETag', '"x"']], cache.mark);
    expect(cache.get('a')).toEqual({ body: body(5), headers: [['ETag', '"x"']], storedAt: 0 });
    expect(cache.get('b')).toBeUndefined();
  });

  const fill = (cache: ResponseCache): string[] => {
    for (const key of ['a', 'b', 'c']) {
      cache.set(key, body(10), [], cache.mark);
      if (key === 'b') cache.get('a');
    }
    return ['a', 'b', 'c'].filter((key) => cache.get(key));
  };

  it('drops the least recently used past the entry bound', () => {
    // 'a' was read after 'b' was stored: 'b' is the least recently used.
    expect(fill(make(2, 100))).toEqual(['a', 'c']);
  });

  it('drops the least recently used past the byte bound', () => {
    const cache = make(10, 25);
    expect(fill(cache)).toEqual(['a', 'c']);
    expect(cache.bytes).toBe(20);
  });

  it('keeps no answer larger than the byte bound, and none with no entries allowed', () => {
    const small = make(3, 10);
    small.set('a', body(11), [], small.mark);
    const off = make(0);
    off.set('a', body(1), [], off.mark);
    expect([small.get('a'), off.get('a')]).toEqual([undefined, undefined]);
  });

  it('forgets answers past the maximum age', () => {
    const cache = make();
    cache.set('a', body(5), [], cache.mark);
    now = 999;
    expect(cache.get('a')).toBeDefined();
    now = 1000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('keeps nothing computed across a clear, or while changes could go unheard', () => {
    const cache = make();
    const mark = cache.mark;
    cache.clear();
    cache.set('a', body(5), [], mark);
    live = false;
    cache.set('b', body(5), [], cache.mark);
    live = true;
    cache.set('c', body(5), [], cache.mark);
    cache.clear();
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.bytes]).toEqual([undefined, undefined, undefined, 0]);
  });
});
