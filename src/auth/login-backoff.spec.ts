import { backoffSeconds } from './login-backoff';

describe('backoffSeconds', () => {
  it.each([
    [0, 5, 2, 900, 0],
    [4, 5, 2, 900, 0],
    [5, 5, 2, 900, 2],
    [6, 5, 2, 900, 4],
    [9, 5, 2, 900, 32],
    [20, 5, 2, 900, 900],
    [10_000, 5, 2, 900, 900],
    [1, 1, 1, 60, 1],
  ])('after %i failures (limit %i, base %i s, cap %i s) waits %i s', (failures, max, base, cap, expected) => {
    expect(backoffSeconds(failures, max, base, cap)).toBe(expected);
  });
});
