/** OECD Country Risk Classification: 0 is the lowest risk, 7 the highest. */
export const RISK_CLASSES = [0, 1, 2, 3, 4, 5, 6, 7] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/**
 * A destination's classification as of a date. `riskClass` null: a high-income country the OECD
 * does not classify, priced like class 0.
 */
export interface CountryRisk {
  readonly iso2: string;
  readonly riskClass: RiskClass | null;
  readonly asOf: string;
}

export function isRiskClass(value: unknown): value is RiskClass {
  return RISK_CLASSES.includes(value as RiskClass);
}

/** The class that prices cover to this destination. */
export function pricingRiskClass(risk: Pick<CountryRisk, 'riskClass'>): RiskClass {
  return risk.riskClass ?? 0;
}
