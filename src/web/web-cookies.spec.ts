import { safeNextPath } from './web-cookies';

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
