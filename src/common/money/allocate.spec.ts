import fc from 'fast-check';
import { allocate } from './allocate';
import { MoneyError } from './money-error';

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [5, [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0]],
    [1000, [3000, 1000], [750, 250]],
    [1001, [3000, 1000], [751, 250]],
    [1002, [3000, 1000], [752, 250]],
    [1003, [3000, 1000], [752, 251]],
    [10, [0, 1, 0], [0, 10, 0]],
    [1, [0, 1, 1], [0, 1, 0]],
    [0, [5, 7], [0, 0]],
    [7, [1], [7]],
    [100, [1, 2, 3, 4], [10, 20, 30, 40]],
    [101, [1, 2, 3, 4], [10, 20, 30, 41]],
    [102, [1, 2, 3, 4], [10, 20, 31, 41]],
    [10, [3, 3, 3], [4, 3, 3]],
    [1e12, [1e12, 1e12, 1e12], [333_333_333_334, 333_333_333_333, 333_333_333_333]],
    [999_999_999_999, [999_999_999_999, 1], [999_999_999_998, 1]],
    [Number.MAX_SAFE_INTEGER, [1, 1], [4_503_599_627_370_496, 4_503_599_627_370_495]],
  ])('allocate(%d, %j) = %j', (total, weights, expected) => {
    const parts = allocate(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it.each([
    [100, [], /no weights/],
    [100, [0, 0], /all zero/],
    [100, [1, -1], /weights\[1\] must be a non-negative safe integer/],
    [100, [1.5], /weights\[0\]/],
    [100, [NaN], /weights\[0\]/],
    [100.5, [1], /total must be a safe integer/],
  ])('allocate(%d, %j) throws', (total, weights, message) => {
    expect(() => allocate(total, weights)).toThrow(MoneyError);
    expect(() => allocate(total, weights)).toThrow(message);
  });

  it('parts always add up to the total, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          const weightSum = weights.reduce((a, b) => a + BigInt(b), 0n);
          expect(parts.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
          parts.forEach((part, i) => {
            // |part × W − total × w| < W  ⇔  the part is within one unit of its exact share
            const gap = BigInt(part) * weightSum - BigInt(total) * BigInt(weights[i]);
            expect(gap < weightSum && -gap < weightSum).toBe(true);
            if (weights[i] === 0) expect(part).toBe(0);
          });
          expect(allocate(total, weights)).toEqual(parts);
        },
      ),
    );
  });
});
