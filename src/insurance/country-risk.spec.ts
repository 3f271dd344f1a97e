import { zoneForCountry } from '../common/domain/destination-zones';
import { isRiskClass, pricingRiskClass } from './country-risk';
import { COUNTRY_RISKS, COUNTRY_RISKS_AS_OF } from './country-risk.data';

describe('country risk', () => {
  const byCountry = new Map(COUNTRY_RISKS.map((risk) => [risk.iso2, risk]));

  it.each([
    ['US', null, 0],
    ['FR', null, 0],
    ['GB', null, 0],
    ['CH', null, 0],
    ['AE', 2, 2],
    ['CN', 2, 2],
    ['MA', 3, 3],
    ['TR', 5, 5],
    ['CI', 5, 5],
    ['EG', 6, 6],
    ['NG', 6, 6],
    ['SN', 7, 7],
  ])('%s is OECD class %s, priced as %i', (iso2, riskClass, priced) => {
    const risk = byCountry.get(iso2)!;
    expect(risk).toEqual({ iso2, riskClass, asOf: '2026-01-30' });
    expect(pricingRiskClass(risk)).toBe(priced);
  });

  it('holds each country once, all as of 30 January 2026', () => {
    expect(COUNTRY_RISKS_AS_OF).toBe('2026-01-30');
    expect(byCountry.size).toBe(COUNTRY_RISKS.length);
    expect(COUNTRY_RISKS).toHaveLength(23);
    for (const risk of COUNTRY_RISKS) expect(risk.asOf).toBe(COUNTRY_RISKS_AS_OF);
  });

  it('every classified destination other than Morocco has a shipping zone', () => {
    for (const risk of COUNTRY_RISKS.filter((r) => r.iso2 !== 'MA')) expect(zoneForCountry(risk.iso2)).toBeDefined();
  });

  it.each([
    [0, true],
    [7, true],
    [3, true],
    [8, false],
    [-1, false],
    [1.5, false],
    ['3', false],
    [null, false],
  ])('isRiskClass(%j) is %s', (value, expected) => {
    expect(isRiskClass(value)).toBe(expected);
  });
});
