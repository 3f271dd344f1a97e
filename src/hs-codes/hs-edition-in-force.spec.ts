import { editionInForce, HsEditionDates, soldClassification } from './hs-edition-in-force';

describe('editionInForce', () => {
  const editions: HsEditionDates[] = [
    { edition: 2027, effectiveFrom: '2027-01-01' },
    { edition: 2022, effectiveFrom: '2022-01-01' },
  ];

  it.each([
    ['2021-12-31T23:59:59Z', undefined],
    ['2022-01-01T00:00:00Z', 2022],
    ['2026-12-05T12:00:00Z', 2022],
    ['2026-12-31T23:59:59.999Z', 2022],
    ['2027-01-01T00:00:00Z', 2027],
    ['2031-06-30T10:00:00Z', 2027],
  ])('on %s the edition in force is %s', (at, expected) => {
    expect(editionInForce(editions, new Date(at))).toBe(expected);
  });

  it('takes the latest effective date, not the highest edition number, and needs no order', () => {
    const moved = [{ edition: 2027, effectiveFrom: '2027-07-01' }, ...editions.slice(1)];
    expect(editionInForce(moved, new Date('2027-03-01T00:00:00Z'))).toBe(2022);
    expect(editionInForce([], new Date())).toBeUndefined();
  });
});

describe('soldClassification', () => {
  const product = { hsCode: '6912001000', hsEdition: 2022 };

  it.each([
    ['its edition is in force', 2022, { choice: '691210', codeExistsInForce: false }, product],
    [
      'a later edition is in force and the cooperative picked a code',
      2027,
      { choice: '691210', codeExistsInForce: true },
      { hsCode: '691210', hsEdition: 2027 },
    ],
    ['its code carries over unchanged', 2027, { choice: null, codeExistsInForce: true }, { hsCode: '6912001000', hsEdition: 2027 }],
    ['its code is gone and nobody picked', 2027, { choice: null, codeExistsInForce: false }, product],
  ])('when %s', (_case, inForce, later, expected) => {
    expect(soldClassification(product, inForce, later)).toEqual(expected);
  });
});
