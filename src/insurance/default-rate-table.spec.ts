import { DESTINATION_ZONES } from '../common/domain/destination-zones';
import { RISK_CLASSES } from './country-risk';
import { DEFAULT_RATE_TABLE } from './default-rate-table.data';
import { RatesByRiskClass } from './rate-table';

// The engine's monotonicity (more risk never costs less) holds for tables shaped like these checks.
function rising(rates: RatesByRiskClass): boolean {
  return RISK_CLASSES.every((c, i) => {
    if (i === 0) return rates[c] !== null;
    const previous = rates[RISK_CLASSES[i - 1]];
    const current = rates[c];
    return current === null || (previous !== null && current >= previous);
  });
}

describe('default rate table', () => {
  const { transit, credit, political } = DEFAULT_RATE_TABLE;

  it('prices general goods at 0.10–0.35 % and fragile goods at 0.75–1.5 % of the insured value', () => {
    for (const zone of DESTINATION_ZONES) {
      const loading = transit.zoneLoadingBps[zone];
      expect(transit.baseRateBps.standard + loading).toBeGreaterThanOrEqual(10);
      expect(transit.baseRateBps.standard + loading).toBeLessThanOrEqual(35);
      expect(transit.baseRateBps.fragile + loading).toBeGreaterThanOrEqual(75);
      expect(transit.baseRateBps.fragile + loading).toBeLessThanOrEqual(150);
    }
    expect(transit.insuredPctOfCif).toBe(110);
    expect(transit.minimumPremiumMadMinor).toBe(40_000);
  });

  it('prices credit within 0.1–1.5 %, rising with risk class and term, class 7 off cover', () => {
    expect(credit.termBands.map((band) => band.maxDays)).toEqual([30, 60, 90, 120, 180]);
    credit.termBands.forEach((band, i) => {
      expect(rising(band.rateBps)).toBe(true);
      expect(band.rateBps[7]).toBeNull();
      for (const c of RISK_CLASSES.filter((rc) => rc < 7)) {
        expect(band.rateBps[c]).toBeGreaterThanOrEqual(10);
        expect(band.rateBps[c]).toBeLessThanOrEqual(150);
        if (i > 0) expect(band.rateBps[c]!).toBeGreaterThanOrEqual(credit.termBands[i - 1].rateBps[c]!);
      }
    });
    expect(credit.termBands[2].rateBps[0]).toBe(20);
    expect(credit.indemnityPct).toBe(90);
  });

  it('prices political cover rising with risk class, class 7 off cover', () => {
    expect(rising(political.rateBps)).toBe(true);
    expect(political.rateBps[7]).toBeNull();
    expect(political.indemnityPct).toBe(90);
  });
});
