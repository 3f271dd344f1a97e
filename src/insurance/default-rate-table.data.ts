import { RateTable } from './rate-table';

/**
 * Seed tariff from practitioner ranges (docs/domain.md): transit 0.10–0.35 % of the insured value for
 * general goods and 0.75–1.5 % for glass and ceramics, a minimum premium of about USD 35–75 per
 * shipment (MAD 400), credit around 0.25 % within 0.1–1.5 % rising with country risk and payment
 * term, political rising with country risk, indemnity 90 %. Class 7 is off cover.
 */
export const DEFAULT_RATE_TABLE: RateTable = {
  asOf: '2026-01-30',
  goodsValueCeilingMadMinor: 100_000_000, // MAD 1,000,000.00
  transit: {
    insuredPctOfCif: 110,
    baseRateBps: { standard: 15, fragile: 80 },
    zoneLoadingBps: {
      EU: 0,
      EUROPE_OTHER: 5,
      NORTH_AMERICA: 10,
      MIDDLE_EAST: 10,
      AFRICA: 15,
      ASIA_PACIFIC: 15,
      LATAM: 20,
    },
    minimumPremiumMadMinor: 40_000, // MAD 400.00
  },
  credit: {
    termBands: [
      { maxDays: 30, rateBps: { 0: 10, 1: 12, 2: 15, 3: 20, 4: 30, 5: 45, 6: 70, 7: null } },
      { maxDays: 60, rateBps: { 0: 15, 1: 18, 2: 22, 3: 28, 4: 40, 5: 60, 6: 90, 7: null } },
      { maxDays: 90, rateBps: { 0: 20, 1: 25, 2: 30, 3: 38, 4: 52, 5: 78, 6: 115, 7: null } },
      { maxDays: 120, rateBps: { 0: 25, 1: 30, 2: 37, 3: 47, 4: 65, 5: 95, 6: 135, 7: null } },
      { maxDays: 180, rateBps: { 0: 30, 1: 36, 2: 45, 3: 58, 4: 80, 5: 115, 6: 150, 7: null } },
    ],
    indemnityPct: 90,
  },
  political: {
    rateBps: { 0: 2, 1: 3, 2: 5, 3: 8, 4: 12, 5: 20, 6: 35, 7: null },
    indemnityPct: 90,
  },
};
