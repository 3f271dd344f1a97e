import { DataCache } from './data-cache';

describe('DataCache', () => {
  let now = 0;
  let live = true;
  let loads = 0;
  const make = (entries = 3, maxAgeMs = 1000): DataCache<string> =>
    new DataCache<string>(
      { entries, maxAgeMs },
      () => live,
      () => now,
    );
  const value = (v: string) => async (): Promise<string> => {
    loads++;
    return v;
  };
  beforeEach(() => {
    now = 0;
    live = true;
    loads = 0;
  });

  it('loads once and serves what it stored', async () => {
    const cache = make();
    expect(await cache.get('a', value('1'))).toBe('1');
    expect(await cache.get('a', value('2'))).toBe('1');
    expect(loads).toBe(1);
  });

  it('shares one load between concurrent reads of a key', async () => {
    const cache = make();
    expect(await Promise.all([cache.get('a', value('1')), cache.get('a', value('2'))])).toEqual(['1', '1']);
    expect(loads).toBe(1);
  });

  it('drops the least recently used past the entry bound', async () => {
    const cache = make(2);
    await cache.get('a', value('a'));
    await cache.get('b', value('b'));
    await cache.get('a', value('x'));
    await cache.get('c', value('c'));
    expect([await cache.get('a', value('a2')), await cache.get('b', value('b2'))]).toEqual(['a', 'b2']);
  });

  it('forgets values past the maximum age', async () => {
    const cache = make();
    await cache.get('a', value('1'));
    now = 999;
    expect(await cache.get('a', value('2'))).toBe('1');
    now = 1000;
    expect(await cache.get('a', value('2'))).toBe('2');
  });

  it('keeps nothing loaded across a clear, or while changes could go unheard, and no failure', async () => {
    const cache = make();
    let release: (v: string) => void = () => undefined;
    const pending = cache.get('a', () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    release('old');
    expect(await pending).toBe('old');
    live = false;
    expect(await cache.get('b', value('b'))).toBe('b');
    live = true;
    await expect(cache.get('c', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    const again = [await cache.get('a', value('a2')), await cache.get('b', value('b2')), await cache.get('c', value('c2'))];
    expect(again).toEqual(['a2', 'b2', 'c2']);
  });

  it('keeps none with no entries allowed', async () => {
    const cache = make(0);
    await cache.get('a', value('1'));
    expect(await cache.get('a', value('2'))).toBe('2');
  });
});
