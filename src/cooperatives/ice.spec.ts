import { isValidIce, withIceCheckDigits } from './ice';

describe('ICE', () => {
  it.each([
    ['001561191000066', true],
    ['001561191000065', false],
    ['00156119100006', false],
    ['0015611910000660', false],
    ['00156119100006a', false],
    ['', false],
    ['000000000000000', true],
  ])('isValidIce(%j) is %s', (ice, valid) => {
    expect(isValidIce(ice)).toBe(valid);
  });

  it.each(['0015611910000', '1234567890123', '9999999999999', '0000000000001'])('completes %s into a valid ICE', (prefix) => {
    const ice = withIceCheckDigits(prefix);
    expect(ice).toHaveLength(15);
    expect(ice.startsWith(prefix)).toBe(true);
    expect(isValidIce(ice)).toBe(true);
  });
});
