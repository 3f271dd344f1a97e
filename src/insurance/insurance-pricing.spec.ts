import { DestinationZone } from '../common/domain/destination-zones';
import { CurrencyCode, MoneyError, parseRate } from '../common/money';
import { RiskClass } from './country-risk';
import { DEFAULT_RATE_TABLE } from './default-rate-table.data';
import { GoodsClass } from './goods-class';
import { CoverageQuote, InsuranceDecline, InsuranceQuote, InsuranceQuoteInput, quoteInsurance } from './insurance-pricing';
import { RateTable } from './rate-table';

const RATES: Partial<Record<CurrencyCode, string>> = { EUR: '10.8532', JPY: '0.0612', KWD: '32.4817' };

function input(overrides: Partial<InsuranceQuoteInput> = {}): InsuranceQuoteInput {
  const currency = overrides.currency ?? 'MAD';
  const rate = RATES[currency];
  return {
    destinationCountry: 'FR',
    riskClass: 0,
    zone: 'EU',
    currency,
    ...(rate ? { madPerUnit: parseRate(rate) } : {}),
    goodsValueMinor: 10_000_000,
    shippingMinor: 500_000,
    goodsClass: 'standard',
    coverages: ['transit'],
    ...overrides,
  };
}

function quoted(result: InsuranceQuote | InsuranceDecline): InsuranceQuote {
  if (result.status !== 'quoted') throw new Error(`expected a quote, got ${result.code}: ${result.reason}`);
  return result;
}

function line(quote: InsuranceQuote, coverage: CoverageQuote['coverage']): CoverageQuote {
  return quote.breakdown.find((l) => l.coverage === coverage)!;
}

/** The smallest P with P ≥ rate × 110 % × (G + S + P): the exact solution rounded up. */
function leastSelfConsistentPremium(rateBps: number, goodsAndFreight: number): bigint {
  const rk = BigInt(rateBps * 110);
  let p = (rk * BigInt(goodsAndFreight)) / 1_000_000n;
  while (p * 1_000_000n < rk * (BigInt(goodsAndFreight) + p)) p += 1n;
  return p;
}

describe('insurance pricing', () => {
  describe('transit', () => {
    it.each<[CurrencyCode, GoodsClass, DestinationZone, number, number, number, number, number, boolean]>([
      ['MAD', 'standard', 'EU', 100_000_000, 2_000_000, 15, 168_579, 112_385_437, false],
      ['MAD', 'fragile', 'NORTH_AMERICA', 20_000_000, 1_500_000, 90, 214_979, 23_886_477, false],
      ['MAD', 'standard', 'EU', 1_000_000, 50_000, 15, 40_000, 1_199_000, true],
      ['EUR', 'fragile', 'AFRICA', 500_000, 30_000, 95, 5597, 589_157, false],
      ['EUR', 'standard', 'EU', 50_000, 10_000, 15, 3686, 70_055, true],
      ['JPY', 'fragile', 'EU', 2_000_000, 100_000, 80, 18_645, 2_330_510, false],
      ['JPY', 'standard', 'EU', 20_000, 1_000, 15, 6536, 30_290, true],
      ['KWD', 'fragile', 'NORTH_AMERICA', 3_000_000, 150_000, 90, 31_497, 3_499_647, false],
    ])(
      '%s %s goods to %s, goods %d + freight %d: %d bps, premium %d, insured %d (minimum: %s)',
      (currency, goodsClass, zone, goods, freight, rateBps, premium, insured, minimumApplies) => {
        const quote = quoted(
          quoteInsurance(input({ currency, goodsClass, zone, goodsValueMinor: goods, shippingMinor: freight }), DEFAULT_RATE_TABLE),
        );
        expect(quote.breakdown).toEqual([
          expect.objectContaining({ coverage: 'transit', rateBps, premiumMinor: premium, insuredValueMinor: insured, indemnityPct: 100 }),
        ]);
        expect(quote).toMatchObject({ premiumMinor: premium, insuredValueMinor: insured, currency, goodsClass });
        // 110 % of CIF, where CIF includes the premium, rounded half up.
        expect(BigInt(insured)).toBe((110n * BigInt(goods + freight + premium) + 50n) / 100n);
        const selfConsistent = leastSelfConsistentPremium(rateBps, goods + freight);
        if (minimumApplies) {
          expect(selfConsistent < BigInt(premium)).toBe(true);
          expect(quote.breakdown[0].basis).toMatch(/minimum premium .* which applies$/);
        } else {
          expect(BigInt(premium)).toBe(selfConsistent);
          expect(quote.breakdown[0].basis).not.toMatch(/minimum/);
        }
      },
    );

    it('explains the figure in the basis', () => {
      const quote = quoted(
        quoteInsurance(
          input({ currency: 'EUR', goodsClass: 'fragile', zone: 'AFRICA', goodsValueMinor: 500_000, shippingMinor: 30_000 }),
          DEFAULT_RATE_TABLE,
        ),
      );
      expect(quote.breakdown[0].basis).toBe(
        'fragile goods 80 bps + AFRICA loading 15 bps = 95 bps of the insured value, 110% of CIF ' +
          '(goods 5000.00 EUR + freight 300.00 EUR + premium 55.97 EUR) = 5891.57 EUR',
      );
    });

    it.each([
      ['MAD', '; 17.36 MAD is below the minimum premium of 400.00 MAD per shipment, which applies'],
      ['EUR', '; 17.36 EUR is below the minimum premium of 36.86 EUR (400.00 MAD) per shipment, which applies'],
    ] as const)('says when the minimum premium applies (%s)', (currency, note) => {
      const quote = quoted(quoteInsurance(input({ currency, goodsValueMinor: 1_000_000, shippingMinor: 50_000 }), DEFAULT_RATE_TABLE));
      expect(quote.breakdown[0].basis.endsWith(note)).toBe(true);
    });

    it.each<[string[], GoodsClass]>([
      [['570110'], 'standard'],
      [['570110', '420221', '940550'], 'standard'],
      [['570110', '691200'], 'fragile'],
      [['690730'], 'fragile'],
      [['701337', '151590'], 'fragile'],
    ])('a shipment of HS %j is priced as %s goods', (hsCodes, goodsClass) => {
      const fromCodes = quoted(quoteInsurance(input({ goodsClass: undefined, hsCodes }), DEFAULT_RATE_TABLE));
      const fromClass = quoted(quoteInsurance(input({ goodsClass }), DEFAULT_RATE_TABLE));
      expect(fromCodes.goodsClass).toBe(goodsClass);
      expect(fromCodes.breakdown).toEqual(fromClass.breakdown);
    });

    it('the premium rounds up to the minor unit', () => {
      // 15 bps × 110 % × (G + S + P) with G + S = 30 000 000: exactly 49 581.81…, charged 49 582.
      const quote = quoted(quoteInsurance(input({ goodsValueMinor: 29_000_000, shippingMinor: 1_000_000 }), DEFAULT_RATE_TABLE));
      expect(quote.premiumMinor).toBe(49_582);
      expect(leastSelfConsistentPremium(15, 30_000_000)).toBe(49_582n);
    });

    it('ignores the risk class', () => {
      const safe = quoted(quoteInsurance(input({ riskClass: 0 }), DEFAULT_RATE_TABLE));
      const risky = quoted(quoteInsurance(input({ riskClass: 7 }), DEFAULT_RATE_TABLE));
      expect(risky.premiumMinor).toBe(safe.premiumMinor);
    });
  });

  describe('credit and political', () => {
    const sales = { currency: 'EUR', goodsValueMinor: 500_000, shippingMinor: 30_000 } as const;

    it.each<[RiskClass, number, number, number]>([
      [0, 0, 10, 530],
      [0, 30, 10, 530],
      [2, 31, 22, 1166],
      [3, 75, 38, 2014],
      [3, 90, 38, 2014],
      [5, 121, 115, 6095],
      [6, 180, 150, 7950],
    ])('credit to class %i on %i days: %i bps, premium %i', (riskClass, paymentTermDays, rateBps, premium) => {
      const quote = quoted(quoteInsurance(input({ ...sales, riskClass, paymentTermDays, coverages: ['credit'] }), DEFAULT_RATE_TABLE));
      expect(quote.breakdown).toEqual([
        expect.objectContaining({ coverage: 'credit', rateBps, premiumMinor: premium, insuredValueMinor: 530_000, indemnityPct: 90 }),
      ]);
      expect(quote).toMatchObject({ premiumMinor: premium, insuredValueMinor: 530_000, riskClass });
      expect(quote.goodsClass).toBeUndefined();
    });

    it.each<[RiskClass, number, number]>([
      [0, 2, 106],
      [3, 8, 424],
      [6, 35, 1855],
    ])('political to class %i: %i bps, premium %i', (riskClass, rateBps, premium) => {
      const quote = quoted(quoteInsurance(input({ ...sales, riskClass, coverages: ['political'] }), DEFAULT_RATE_TABLE));
      expect(quote.breakdown).toEqual([
        expect.objectContaining({ coverage: 'political', rateBps, premiumMinor: premium, insuredValueMinor: 530_000, indemnityPct: 90 }),
      ]);
    });

    it('rounds credit premiums up to the minor unit', () => {
      const quote = quoted(
        quoteInsurance(input({ goodsValueMinor: 12_345, shippingMinor: 0, paymentTermDays: 0, coverages: ['credit'] }), DEFAULT_RATE_TABLE),
      );
      expect(quote.premiumMinor).toBe(13); // 10 bps of 12 345 is 12.345
    });

    it('does not need to know the goods', () => {
      const quote = quoteInsurance(
        input({ goodsClass: undefined, hsCodes: ['847130'], paymentTermDays: 60, coverages: ['credit', 'political'] }),
        DEFAULT_RATE_TABLE,
      );
      expect(quote.status).toBe('quoted');
    });
  });

  it('quotes all three covers in a fixed order and adds them up', () => {
    const quote = quoted(
      quoteInsurance(
        input({
          destinationCountry: 'CI',
          riskClass: 5,
          zone: 'AFRICA',
          currency: 'EUR',
          goodsValueMinor: 500_000,
          shippingMinor: 30_000,
          goodsClass: 'fragile',
          paymentTermDays: 90,
          coverages: ['political', 'transit', 'credit'],
        }),
        DEFAULT_RATE_TABLE,
      ),
    );
    expect(quote).toEqual({
      status: 'quoted',
      currency: 'EUR',
      rateTableAsOf: '2026-01-30',
      riskClass: 5,
      goodsClass: 'fragile',
      insuredValueMinor: 589_157,
      premiumMinor: 5597 + 4134 + 1060,
      breakdown: [
        expect.objectContaining({ coverage: 'transit', rateBps: 95, premiumMinor: 5597, insuredValueMinor: 589_157 }),
        {
          coverage: 'credit',
          rateBps: 78,
          insuredValueMinor: 530_000,
          premiumMinor: 4134,
          indemnityPct: 90,
          basis:
            'OECD risk class 5, payment term 90 days (band up to 90 days): 78 bps of the sales value 5300.00 EUR ' +
            '(goods and freight); the insurer pays 90% of a loss',
        },
        {
          coverage: 'political',
          rateBps: 20,
          insuredValueMinor: 530_000,
          premiumMinor: 1060,
          indemnityPct: 90,
          basis: 'OECD risk class 5: 20 bps of the sales value 5300.00 EUR (goods and freight); the insurer pays 90% of a loss',
        },
      ],
    });
  });

  describe('declines', () => {
    it.each<[string, Partial<InsuranceQuoteInput>, InsuranceDecline]>([
      [
        'goods over the ceiling',
        { goodsValueMinor: 100_000_001 },
        {
          status: 'declined',
          code: 'GOODS_VALUE_OVER_CEILING',
          reason: 'Goods worth 1000000.01 MAD exceed the ceiling of 1000000.00 MAD per shipment',
        },
      ],
      [
        'goods over the ceiling once converted to MAD',
        { currency: 'EUR', madPerUnit: parseRate('10.8532'), goodsValueMinor: 9_213_873 },
        {
          status: 'declined',
          code: 'GOODS_VALUE_OVER_CEILING',
          reason: 'Goods worth 92138.73 EUR exceed the ceiling of 1000000.00 MAD per shipment',
        },
      ],
      [
        'goods over the ceiling, whatever else is wrong',
        { goodsValueMinor: 200_000_000, riskClass: 7, coverages: ['credit'] },
        expect.objectContaining({ code: 'GOODS_VALUE_OVER_CEILING' }),
      ],
      [
        'transit for goods outside the classified chapters',
        { goodsClass: undefined, hsCodes: ['570110', '847130', '271019'] },
        {
          status: 'declined',
          code: 'GOODS_NOT_CLASSIFIED',
          coverage: 'transit',
          reason: 'Transit cover does not extend to goods under HS 847130, 271019',
        },
      ],
      [
        'transit without knowing the goods',
        { goodsClass: undefined },
        {
          status: 'declined',
          code: 'GOODS_NOT_CLASSIFIED',
          coverage: 'transit',
          reason: 'Transit cover needs the goods class or the HS codes of the goods',
        },
      ],
      [
        'transit with no HS codes',
        { goodsClass: undefined, hsCodes: [] },
        expect.objectContaining({ code: 'GOODS_NOT_CLASSIFIED', coverage: 'transit' }),
      ],
      [
        'credit without a payment term',
        { coverages: ['credit'] },
        {
          status: 'declined',
          code: 'PAYMENT_TERM_REQUIRED',
          coverage: 'credit',
          reason: 'Credit cover insures a sale on payment terms: give the payment term in days',
        },
      ],
      [
        'credit on terms over 180 days',
        { coverages: ['credit'], paymentTermDays: 181 },
        {
          status: 'declined',
          code: 'PAYMENT_TERM_TOO_LONG',
          coverage: 'credit',
          reason: 'Credit cover is limited to payment terms of 180 days; 181 days were asked',
        },
      ],
      [
        'credit to class 7',
        { destinationCountry: 'SN', riskClass: 7, coverages: ['transit', 'credit'], paymentTermDays: 30 },
        {
          status: 'declined',
          code: 'RISK_CLASS_OFF_COVER',
          coverage: 'credit',
          reason: 'Credit cover is not offered for SN (OECD risk class 7)',
        },
      ],
      [
        'political cover to class 7',
        { destinationCountry: 'SN', riskClass: 7, coverages: ['political'] },
        {
          status: 'declined',
          code: 'RISK_CLASS_OFF_COVER',
          coverage: 'political',
          reason: 'Political cover is not offered for SN (OECD risk class 7)',
        },
      ],
    ])('declines %s', (_, overrides, expected) => {
      expect(quoteInsurance(input(overrides), DEFAULT_RATE_TABLE)).toEqual(expected);
    });

    it.each<[string, Partial<InsuranceQuoteInput>]>([
      ['goods exactly at the ceiling', { goodsValueMinor: 100_000_000 }],
      ['goods just under the ceiling once converted', { currency: 'EUR', goodsValueMinor: 9_213_872 }],
      ['credit on 180 days', { coverages: ['credit'], paymentTermDays: 180 }],
      ['credit to class 6', { riskClass: 6, coverages: ['credit'], paymentTermDays: 180 }],
      ['transit to class 7', { riskClass: 7 }],
    ])('quotes %s', (_, overrides) => {
      expect(quoteInsurance(input(overrides), DEFAULT_RATE_TABLE).status).toBe('quoted');
    });
  });

  describe('never charges less for more risk', () => {
    const ladders: [string, Partial<InsuranceQuoteInput>[]][] = [
      ['goods value', [1_000_000, 5_000_000, 10_000_000, 50_000_000, 100_000_000].map((goodsValueMinor) => ({ goodsValueMinor }))],
      ['freight', [0, 100_000, 1_000_000, 20_000_000].map((shippingMinor) => ({ shippingMinor }))],
      ['risk class', ([0, 1, 2, 3, 4, 5, 6] as RiskClass[]).map((riskClass) => ({ riskClass }))],
      ['payment term', [0, 30, 31, 60, 61, 90, 120, 150, 180].map((paymentTermDays) => ({ paymentTermDays }))],
      ['fragility', [['570110'], ['570110', '420221'], ['570110', '691200']].map((hsCodes) => ({ goodsClass: undefined, hsCodes }))],
    ];

    it.each(ladders)('as the %s rises', (_, steps) => {
      const premiums = steps.map(
        (step) =>
          quoted(
            quoteInsurance(
              input({ riskClass: 3, paymentTermDays: 90, coverages: ['transit', 'credit', 'political'], ...step }),
              DEFAULT_RATE_TABLE,
            ),
          ).premiumMinor,
      );
      expect(premiums).toEqual([...premiums].sort((a, b) => a - b));
      expect(premiums[premiums.length - 1]).toBeGreaterThan(premiums[0]);
    });
  });

  describe('refuses malformed input', () => {
    it.each<[string, Partial<InsuranceQuoteInput>, RegExp]>([
      ['zero goods', { goodsValueMinor: 0 }, /goodsValueMinor must be positive/],
      ['fractional goods', { goodsValueMinor: 10.5 }, /goodsValueMinor must be a safe integer/],
      ['negative freight', { shippingMinor: -1 }, /shippingMinor cannot be negative/],
      ['risk class 8', { riskClass: 8 as RiskClass }, /riskClass must be 0 to 7/],
      ['no coverage', { coverages: [] }, /at least one coverage/],
      ['a coverage twice', { coverages: ['transit', 'transit'] }, /listed twice/],
      ['an unknown coverage', { coverages: ['theft' as 'transit'] }, /Unknown coverage "theft"/],
      ['a negative term', { paymentTermDays: -1 }, /whole number of days/],
      ['a fractional term', { paymentTermDays: 30.5 }, /whole number of days/],
      ['both goods class and HS codes', { hsCodes: ['570110'] }, /not both/],
      ['an unknown goods class', { goodsClass: 'precious' as GoodsClass }, /Unknown goods class "precious"/],
      ['a malformed HS code', { goodsClass: undefined, hsCodes: ['5701.10'] }, /An HS code is 2 to 10 digits/],
      ['a foreign currency without its rate', { currency: 'USD' }, /needs the MAD rate of USD/],
    ])('%s', (_, overrides, message) => {
      expect(() => quoteInsurance(input(overrides), DEFAULT_RATE_TABLE)).toThrow(message);
    });

    it('throws a MoneyError for an unsupported currency', () => {
      expect(() => quoteInsurance(input({ currency: 'XYZ' as CurrencyCode }), DEFAULT_RATE_TABLE)).toThrow(MoneyError);
    });

    const withTransit = (transit: Partial<RateTable['transit']>): RateTable => ({
      ...DEFAULT_RATE_TABLE,
      transit: { ...DEFAULT_RATE_TABLE.transit, ...transit },
    });

    it.each<[string, RateTable, Partial<InsuranceQuoteInput>, RegExp]>([
      ['a missing zone loading', DEFAULT_RATE_TABLE, { zone: 'ANTARCTICA' as DestinationZone }, /no transit loading for zone ANTARCTICA/],
      [
        'a negative rate',
        withTransit({ baseRateBps: { standard: -1, fragile: 80 } }),
        {},
        /transit rate for standard goods must be a non-negative integer/,
      ],
      ['a fractional rate', withTransit({ baseRateBps: { standard: 12.5, fragile: 80 } }), {}, /must be a non-negative integer, got 12.5/],
      [
        'a rate that would insure more than the value',
        withTransit({ baseRateBps: { standard: 9091, fragile: 9091 } }),
        {},
        /exceeds the value insured/,
      ],
    ])('refuses a rate table with %s', (_, table, overrides, message) => {
      expect(() => quoteInsurance(input(overrides), table)).toThrow(message);
    });

    it('prices from the table it is given, not from built-in rates', () => {
      const doubled = withTransit({ baseRateBps: { standard: 30, fragile: 160 }, minimumPremiumMadMinor: 0 });
      const quote = quoted(quoteInsurance(input({ goodsValueMinor: 29_000_000, shippingMinor: 1_000_000 }), doubled));
      expect(line(quote, 'transit').rateBps).toBe(30);
      expect(BigInt(quote.premiumMinor)).toBe(leastSelfConsistentPremium(30, 30_000_000));
    });
  });
});
