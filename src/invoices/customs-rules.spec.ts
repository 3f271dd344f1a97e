import { parseRate } from '../common/money';
import { CUSTOMS_THRESHOLDS } from './customs-thresholds.data';
import { eurValue, postalForm, preferentialOriginText, proofOfOrigin } from './customs-rules';

describe('postalForm', () => {
  it.each([
    // 300 SDR × 13.4 = 4,020.00 MAD: at the limit still CN22, a centime more is CN23.
    [402000, 'CN22', '300.00'],
    [402001, 'CN23', '300.00'],
    [100000, 'CN22', '74.63'],
    [0, 'CN22', '0.00'],
    [1_000_000, 'CN23', '746.27'],
  ])('%d MAD minor → %s (%s SDR)', (valueMadMinor, form, valueSdr) => {
    expect(postalForm(valueMadMinor, '13.4', 300)).toEqual({ form, valueSdr, limitSdr: 300, madPerSdr: '13.4' });
  });

  it('reads its limit and rate from the data', () => {
    expect(postalForm(1, CUSTOMS_THRESHOLDS.madPerSdr, CUSTOMS_THRESHOLDS.cn22MaxSdr).form).toBe('CN22');
  });
});

describe('proofOfOrigin', () => {
  it.each([
    ['FR', 600000, 'origin_declaration'],
    ['es', 1, 'origin_declaration'],
    ['DE', 600001, 'eur1_certificate'],
    ['US', 100, 'not_eu'],
    ['GB', 100, 'not_eu'],
    ['IT', null, 'eur_value_unknown'],
  ] as const)('%s, %s EUR minor → %s', (country, value, kind) => {
    expect(proofOfOrigin(country, value, 6000).kind).toBe(kind);
  });
});

describe('eurValue', () => {
  const eur = parseRate('10.85');
  it('keeps EUR amounts, converts the MAD value of others, and knows nothing without a EUR rate', () => {
    expect(eurValue(12345, 'EUR', 134000, null)).toBe(12345);
    expect(eurValue(108500, 'MAD', 108500, eur)).toBe(10000);
    // 100.00 USD worth 1,050.00 MAD at the order = 96.77 EUR at 10.85.
    expect(eurValue(10000, 'USD', 105000, eur)).toBe(9677);
    expect(eurValue(10000, 'USD', 105000, null)).toBeNull();
  });
});

describe('preferentialOriginText', () => {
  it.each([
    [
      'EU–Morocco Association Agreement',
      'declares that, except where otherwise clearly indicated, these products are of Moroccan preferential origin. Safi, 2026-12-01.',
    ],
    ['UK–Morocco Association Agreement', 'these products are of Moroccan preferential origin. Safi, 2026-12-01.'],
    [
      'US–Morocco FTA',
      'may be claimed by the importer (SPI "MA"): these goods were made in Morocco by Coop (ICE 001234567000089), Safi, and are shipped directly',
    ],
  ])('%s', (scheme, expected) => {
    expect(preferentialOriginText(scheme, 'Coop', '001234567000089', 'Safi', '2026-12-01')).toContain(expected);
  });
});
