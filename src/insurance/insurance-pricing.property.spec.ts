import fc from 'fast-check';
import { DESTINATION_ZONES } from '../common/domain/destination-zones';
import { convert, CurrencyCode, parseRate } from '../common/money';
import { RISK_CLASSES, RiskClass } from './country-risk';
import { DEFAULT_RATE_TABLE } from './default-rate-table.data';
import { COVERAGES, InsuranceQuoteInput, quoteInsurance } from './insurance-pricing';

const quoteCurrency = fc.constantFrom<[CurrencyCode, string | undefined]>(
  ['MAD', undefined],
  ['EUR', '10.8532'],
  ['USD', '9.9871'],
  ['JPY', '0.0612'],
  ['KWD', '32.4817'],
);

// Goods up to the value ceiling in the quote currency, so most inputs are insurable.
const anyInput: fc.Arbitrary<InsuranceQuoteInput> = quoteCurrency.chain(([currency, rate]) => {
  const madPerUnit = rate ? parseRate(rate) : undefined;
  const ceiling = convert(DEFAULT_RATE_TABLE.goodsValueCeilingMadMinor, 'MAD', currency, madPerUnit);
  return fc
    .record({
      riskClass: fc.constantFrom(...RISK_CLASSES),
      zone: fc.constantFrom(...DESTINATION_ZONES),
      goodsValueMinor: fc.integer({ min: 1, max: ceiling }),
      shippingMinor: fc.integer({ min: 0, max: Math.ceil(ceiling / 10) }),
      goodsClass: fc.constantFrom('standard' as const, 'fragile' as const),
      coverages: fc.subarray([...COVERAGES], { minLength: 1 }),
      paymentTermDays: fc.integer({ min: 0, max: 180 }),
    })
    .map((fields) => ({ destinationCountry: 'XX', currency, ...(madPerUnit ? { madPerUnit } : {}), ...fields }));
});

type Riskier = (input: InsuranceQuoteInput) => InsuranceQuoteInput;

const riskier: Record<string, fc.Arbitrary<Riskier>> = {
  'a higher goods value': fc.integer({ min: 1, max: 10_000_000 }).map((d) => (i) => ({ ...i, goodsValueMinor: i.goodsValueMinor + d })),
  'higher freight': fc.integer({ min: 1, max: 1_000_000 }).map((d) => (i) => ({ ...i, shippingMinor: i.shippingMinor + d })),
  'a higher risk class': fc.integer({ min: 1, max: 7 }).map((d) => (i) => ({ ...i, riskClass: Math.min(7, i.riskClass + d) as RiskClass })),
  'more fragile goods': fc.constant((i: InsuranceQuoteInput) => ({ ...i, goodsClass: 'fragile' as const })),
  'a longer payment term': fc.integer({ min: 1, max: 90 }).map((d) => (i) => ({ ...i, paymentTermDays: i.paymentTermDays! + d })),
};

describe('insurance pricing properties', () => {
  it.each(Object.keys(riskier))('%s never lowers a premium nor turns a decline into a quote', (dimension) => {
    let compared = 0;
    fc.assert(
      fc.property(anyInput, riskier[dimension], (input, makeRiskier) => {
        const base = quoteInsurance(input, DEFAULT_RATE_TABLE);
        const risky = quoteInsurance(makeRiskier(input), DEFAULT_RATE_TABLE);
        if (risky.status === 'declined') return;
        expect(base.status).toBe('quoted');
        if (base.status !== 'quoted') return;
        compared += 1;
        expect(risky.premiumMinor).toBeGreaterThanOrEqual(base.premiumMinor);
        base.breakdown.forEach((line, i) => {
          expect(risky.breakdown[i].coverage).toBe(line.coverage);
          expect(risky.breakdown[i].premiumMinor).toBeGreaterThanOrEqual(line.premiumMinor);
        });
      }),
      { numRuns: 300 },
    );
    // Declines skip the comparison; make sure a good share of runs still compared two quotes.
    expect(compared).toBeGreaterThan(75);
  });

  it('solves the transit premium exactly: the least P with P ≥ rate × 110 % × (G + S + P), or the minimum', () => {
    let aboveMinimum = 0;
    fc.assert(
      fc.property(anyInput, (generated) => {
        const input = { ...generated, coverages: ['transit' as const] };
        const quote = quoteInsurance(input, DEFAULT_RATE_TABLE);
        if (quote.status !== 'quoted') return;
        const { rateBps, premiumMinor, insuredValueMinor } = quote.breakdown[0];
        const rk = BigInt(rateBps * 110);
        const goodsAndFreight = BigInt(input.goodsValueMinor + input.shippingMinor);
        const covers = (p: bigint) => p * 1_000_000n >= rk * (goodsAndFreight + p);
        const p = BigInt(premiumMinor);
        const minimum = convert(DEFAULT_RATE_TABLE.transit.minimumPremiumMadMinor, 'MAD', input.currency, input.madPerUnit, 'ceil');
        expect(covers(p)).toBe(true);
        if (premiumMinor > minimum) {
          aboveMinimum += 1;
          expect(covers(p - 1n)).toBe(false);
        } else {
          expect(premiumMinor).toBe(minimum);
        }
        expect(BigInt(insuredValueMinor)).toBe((110n * (goodsAndFreight + p) + 50n) / 100n);
      }),
      { numRuns: 1000 },
    );
    expect(aboveMinimum).toBeGreaterThan(200);
  });

  it('the total premium is the sum of its lines and every amount is a whole number of minor units', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const quote = quoteInsurance(input, DEFAULT_RATE_TABLE);
        if (quote.status !== 'quoted') return;
        expect(quote.premiumMinor).toBe(quote.breakdown.reduce((acc, line) => acc + line.premiumMinor, 0));
        for (const line of quote.breakdown) {
          expect(Number.isSafeInteger(line.premiumMinor) && line.premiumMinor > 0).toBe(true);
          expect(Number.isSafeInteger(line.insuredValueMinor)).toBe(true);
        }
      }),
    );
  });
});
