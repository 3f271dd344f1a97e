import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it.each([
    [0, 60_000],
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [6, 1_920_000],
    [7, 3_600_000],
    [50, 3_600_000],
  ])('after %d failures waits %d ms', (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});
