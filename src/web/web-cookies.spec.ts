import { parseCookies, safeNextPath } from './web-cookies';

describe('parseCookies', () => {
  it('reads pairs, decodes values and keeps the first of duplicates', () => {
    expect(parseCookies('a=1; b=x%20y; a=2; c="q"; broken; d=%E0%A4')).toEqual({ a: '1', b: 'x y', c: 'q', d: '%E0%A4' });
    expect(parseCookies(undefined)).toEqual({});
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/products?q=rug', '/products?q=rug'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    [undefined, '/'],
  ])('%p → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
