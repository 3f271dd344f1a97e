import fc from 'fast-check';
import { parseRate } from '../common/money';
import { DEFAULT_LANDED_COST_RULES } from './default-landed-cost-rules.data';
import { landedCost, LandedCostInput, LandedCostLine, rulesInForce } from './landed-cost-calculator';
import type { LandedCostRule } from './landed-cost-rule';

const rates = { EUR: parseRate('10.85'), USD: parseRate('9.95'), GBP: parseRate('12.70'), CAD: parseRate('7.20'), AED: parseRate('2.71') };
const rulesFor = (destination: string) => DEFAULT_LANDED_COST_RULES.find((r) => r.destination === destination)!;
const rug = (valueMinor: number, hsCode = '570110'): LandedCostLine => ({ hsCode, originCountry: 'MA', valueMinor });

function estimate(destination: string, currency: string, lines: LandedCostLine[], over: Partial<LandedCostInput> = {}) {
  return landedCost({
    rules: rulesFor(destination),
    destination,
    currency,
    incoterm: 'DAP',
    lines,
    shippingMinor: 0,
    insuranceMinor: 0,
    claimPreference: true,
    asOf: '2026-12-05',
    rates,
    ...over,
  });
}

const charge = (result: ReturnType<typeof landedCost>, ruleId: string) => result.charges.find((c) => c.ruleId === ruleId);

describe('landedCost, worked examples from the domain notes (as of 2026-12-05)', () => {
  it('a EUR 120 rug to France: IOSS VAT at checkout on the sale price, EUR 3 per tariff line and the French fee with it', () => {
    const result = estimate('FR', 'EUR', [rug(120_00)], { shippingMinor: 15_00 });
    expect(result.vatScheme).toBe('IOSS');
    expect(charge(result, 'FR-vat')).toMatchObject({ kind: 'vat', amountMinor: 27_00, collectedAt: 'checkout', ruleVersion: 1 });
    expect(charge(result, 'FR-low-value-duty')).toMatchObject({ kind: 'duty', amountMinor: 3_00, collectedAt: 'checkout' });
    expect(charge(result, 'FR-handling-fee')).toMatchObject({ kind: 'fee', amountMinor: 2_00, collectedAt: 'checkout' });
    expect(result.preference).toEqual({ scheme: 'EU–Morocco Association Agreement', proof: expect.stringContaining('Origin declaration') });
    expect(result).toMatchObject({ atCheckoutMinor: 32_00, atDoorMinor: 0, unknown: [] });
  });

  it('the EUR 3 duty counts tariff lines, not order lines; the French fee counts articles', () => {
    const result = estimate('FR', 'EUR', [rug(40_00), rug(30_00), rug(20_00, '691200')]);
    expect(charge(result, 'FR-low-value-duty')!.amountMinor).toBe(6_00);
    expect(charge(result, 'FR-handling-fee')!.amountMinor).toBe(6_00);
  });

  it('a EUR 400 order to Spain: no IOSS, import VAT at the door on CIF, no duty on Moroccan goods', () => {
    const result = estimate('ES', 'EUR', [rug(400_00)], { shippingMinor: 20_00 });
    expect(result.vatScheme).toBeNull();
    expect(result.charges).toEqual([expect.objectContaining({ ruleId: 'ES-vat', amountMinor: 88_20, collectedAt: 'door' })]);
    expect(result).toMatchObject({ atCheckoutMinor: 0, atDoorMinor: 88_20 });
  });

  it('a USD 300 rug to the US with the FTA claim: no duty, and the lapsed surcharge is unknown', () => {
    const result = estimate('US', 'USD', [rug(300_00)], { shippingMinor: 25_00 });
    expect(result.charges).toEqual([]);
    expect(result.preference?.scheme).toBe('US–Morocco FTA');
    expect(result.unknown).toEqual([
      expect.objectContaining({ ruleId: 'US-surcharge', kind: 'duty', reason: expect.stringContaining('2026-07-24') }),
    ]);
  });

  it('a USD 300 rug to the US without the claim: MFN 4.5 % on the goods at the door, no de minimis', () => {
    const result = estimate('US', 'USD', [rug(300_00)], { shippingMinor: 25_00, claimPreference: false });
    expect(result.charges).toEqual([
      expect.objectContaining({ ruleId: 'US-duty', ruleVersion: 2, kind: 'duty', amountMinor: 13_50, collectedAt: 'door' }),
    ]);
    expect(result.preference).toBeNull();
    expect(result.atDoorMinor).toBe(13_50);
  });

  it('before the suspension, the US de minimis of USD 800 left a USD 300 order duty-free', () => {
    const result = estimate('US', 'USD', [rug(300_00)], { claimPreference: false, asOf: '2025-06-01' });
    expect(result.charges.filter((c) => c.ruleId === 'US-duty')).toEqual([]);
    expect(charge(result, 'US-surcharge')).toMatchObject({ amountMinor: 30_00, ruleVersion: 1 });
  });

  it('the US asks for 10-digit codes: known ones are given, the others are left to complete', () => {
    const result = estimate('US', 'USD', [rug(300_00), rug(50_00, '691200')]);
    expect(result.declaredCodes).toEqual({ digits: 10, codes: { '570110': '5701109000', '691200': null } });
    expect(estimate('FR', 'EUR', [rug(100_00)]).declaredCodes).toBeNull();
  });

  it('a US line with no known MFN rate is unknown, not free', () => {
    const result = estimate('US', 'USD', [rug(100_00, '691200')], { claimPreference: false });
    expect(result.unknown).toContainEqual(expect.objectContaining({ ruleId: 'US-duty', reason: 'No duty rate is known for HS 691200' }));
  });

  it('a GBP 100 order to the UK: VAT charged at sale by the marketplace', () => {
    const result = estimate('GB', 'GBP', [rug(100_00)], { shippingMinor: 12_00 });
    expect(result.vatScheme).toBe('UK online marketplace');
    expect(result.charges).toEqual([expect.objectContaining({ ruleId: 'GB-vat', amountMinor: 22_40, collectedAt: 'checkout' })]);
  });

  it.each([
    // GST 5 % in British Columbia, HST 13 % in Ontario, on the goods plus duty; duty 6.5 % on knotted rugs.
    ['V6B 1A1', 1_33],
    ['M5V 2T6', 3_46],
  ])('CAD 25 to Canada (%s): duty, GST/HST on value plus duty and the carrier fee, all at the door', (postalCode, tax) => {
    const result = estimate('CA', 'CAD', [rug(25_00)], { shippingMinor: 10_00, postalCode });
    expect(charge(result, 'CA-duty')!.amountMinor).toBe(1_63);
    expect(charge(result, 'CA-gst')!.amountMinor).toBe(tax);
    expect(charge(result, 'CA-handling-fee')!.amountMinor).toBe(9_95);
    expect(result).toMatchObject({ atCheckoutMinor: 0, atDoorMinor: 1_63 + tax + 9_95 });
  });

  it('CAD 20 to Canada is free of duty, tax and fee', () => {
    expect(estimate('CA', 'CAD', [rug(20_00)]).charges).toEqual([]);
  });

  it('converts through MAD: a EUR threshold read on a USD order to France', () => {
    // USD 160 = MAD 1,592 = EUR 146.73: under EUR 150, so IOSS applies.
    expect(estimate('FR', 'USD', [rug(160_00)]).vatScheme).toBe('IOSS');
    expect(estimate('FR', 'USD', [rug(170_00)]).vatScheme).toBeNull();
  });

  it('DDP moves everything to checkout', () => {
    const result = estimate('ES', 'EUR', [rug(400_00)], { incoterm: 'DDP' });
    expect(result).toMatchObject({ atCheckoutMinor: 84_00, atDoorMinor: 0 });
  });

  it('a destination without rules, or without an exchange rate for its thresholds, is unknown', () => {
    expect(landedCost({ ...baseInput(), rules: null, destination: 'BR' }).unknown).toEqual([
      { ruleId: null, kind: 'destination', reason: 'No landed-cost rules are known for BR' },
    ]);
    const { EUR: _eur, ...withoutEur } = rates;
    expect(estimate('FR', 'USD', [rug(10_00)], { rates: withoutEur }).unknown).toEqual([
      { ruleId: null, kind: 'destination', reason: 'No exchange rate is set for EUR' },
    ]);
  });
});

function baseInput(): LandedCostInput {
  return {
    rules: null,
    destination: 'FR',
    currency: 'EUR',
    incoterm: 'DAP',
    lines: [rug(10_00)],
    shippingMinor: 0,
    insuranceMinor: 0,
    claimPreference: true,
    asOf: '2026-12-05',
    rates,
  };
}

describe('rulesInForce', () => {
  const vat = (over: Partial<LandedCostRule>): LandedCostRule =>
    ({
      kind: 'vat',
      id: 'X-vat',
      version: 1,
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      status: 'in_force',
      legalBasis: 'Law',
      source: 'S',
      name: 'VAT',
      rateBps: 1000,
      base: 'cif',
      ...over,
    }) as LandedCostRule;

  it.each([
    ['open-ended version', [vat({})], '2026-12-05', [1], []],
    ['expired with no successor is unknown', [vat({ effectiveTo: '2026-01-01' })], '2026-12-05', [], [1]],
    ['expired at a known sunset is simply gone', [vat({ effectiveTo: '2026-01-01', sunset: true })], '2026-12-05', [], []],
    [
      'the successor applies from its own date',
      [vat({ effectiveTo: '2026-01-01' }), vat({ version: 2, effectiveFrom: '2026-01-01' })],
      '2026-12-05',
      [2],
      [],
    ],
    [
      'a gap before an announced version is neither',
      [vat({ effectiveTo: '2026-01-01' }), vat({ version: 2, effectiveFrom: '2027-01-01' })],
      '2026-12-05',
      [],
      [],
    ],
    ['not yet in force', [vat({ effectiveFrom: '2027-01-01' })], '2026-12-05', [], []],
    ['the end date is exclusive', [vat({ effectiveTo: '2026-12-05' })], '2026-12-05', [], [1]],
  ])('%s', (_name, rules, asOf, inForce, lapsed) => {
    const result = rulesInForce(rules, asOf);
    expect(result.inForce.map((r) => r.version)).toEqual(inForce);
    expect(result.lapsed.map((r) => r.version)).toEqual(lapsed);
  });
});

describe('landedCost properties', () => {
  const destinations = DEFAULT_LANDED_COST_RULES.map((r) => r.destination);
  const currencyOf: Record<string, string> = { US: 'USD', GB: 'GBP', CA: 'CAD', AE: 'AED', SA: 'EUR' };
  const order = fc.record({
    destination: fc.constantFrom(...destinations),
    values: fc.array(fc.integer({ min: 1, max: 5_000_00 }), { minLength: 1, maxLength: 5 }),
    hs: fc.constantFrom('570110', '570210', '691200', '420221'),
    shippingMinor: fc.integer({ min: 0, max: 100_00 }),
    insuranceMinor: fc.integer({ min: 0, max: 20_00 }),
    incoterm: fc.constantFrom<'DAP' | 'DDP'>('DAP', 'DDP'),
    claimPreference: fc.boolean(),
  });
  type Order = typeof order extends fc.Arbitrary<infer T> ? T : never;
  const run = (o: Order, scale = 1) =>
    estimate(
      o.destination,
      currencyOf[o.destination] ?? 'EUR',
      o.values.map((v) => rug(v * scale, o.hs)),
      {
        shippingMinor: o.shippingMinor,
        insuranceMinor: o.insuranceMinor,
        incoterm: o.incoterm,
        claimPreference: o.claimPreference,
      },
    );
  const total = (r: ReturnType<typeof landedCost>) => r.atCheckoutMinor + r.atDoorMinor;

  it('charges are never negative and the two totals add up to them; DDP leaves nothing for the door', () => {
    fc.assert(
      fc.property(order, (o) => {
        const result = run(o);
        expect(result.charges.every((c) => Number.isSafeInteger(c.amountMinor) && c.amountMinor > 0)).toBe(true);
        expect(total(result)).toBe(result.charges.reduce((acc, c) => acc + c.amountMinor, 0));
        if (o.incoterm === 'DDP') expect(result.atDoorMinor).toBe(0);
      }),
    );
  });

  it('within one regime, more value never costs less', () => {
    fc.assert(
      fc.property(order, (o) => {
        const low = run(o);
        const high = run(o, 2);
        const regime = (r: typeof low) => JSON.stringify([r.vatScheme, r.charges.map((c) => c.ruleId).sort()]);
        fc.pre(regime(low) === regime(high));
        expect(total(high)).toBeGreaterThanOrEqual(total(low));
      }),
    );
  });

  it.each([
    ['FR', 'EUR', 150_00, 'IOSS'],
    ['DE', 'EUR', 150_00, 'IOSS'],
    ['GB', 'GBP', 135_00, 'UK online marketplace'],
  ])('%s: one minor unit over %s %d takes VAT from checkout to the door', (destination, currency, threshold, scheme) => {
    const at = estimate(destination, currency, [rug(threshold)]);
    const over = estimate(destination, currency, [rug(threshold + 1)]);
    expect(at.vatScheme).toBe(scheme);
    expect(over.vatScheme).toBeNull();
    expect(at.charges.find((c) => c.kind === 'vat')!.collectedAt).toBe('checkout');
    expect(over.charges.find((c) => c.kind === 'vat')!.collectedAt).toBe('door');
  });

  it('one minor unit over CAD 20 brings duty, tax and the carrier fee', () => {
    expect(estimate('CA', 'CAD', [rug(20_00)]).charges).toHaveLength(0);
    expect(
      estimate('CA', 'CAD', [rug(20_01)])
        .charges.map((c) => c.ruleId)
        .sort(),
    ).toEqual(['CA-duty', 'CA-gst', 'CA-handling-fee']);
  });
});
