import { CountryRisk, RiskClass } from './country-risk';

/** Classes change a few times a year; these seed what admins then keep up to date. */
export const COUNTRY_RISKS_AS_OF = '2026-01-30';

const CLASSES: ReadonlyArray<readonly [string, RiskClass | null]> = [
  ['US', null],
  ['FR', null],
  ['ES', null],
  ['DE', null],
  ['GB', null],
  ['NL', null],
  ['BE', null],
  ['IT', null],
  ['CA', null],
  ['JP', null],
  ['AU', null],
  ['CH', null],
  ['SE', null],
  ['AE', 2],
  ['SA', 2],
  ['QA', 2],
  ['CN', 2],
  ['MA', 3],
  ['TR', 5],
  ['CI', 5],
  ['NG', 6],
  ['EG', 6],
  ['SN', 7],
];

export const COUNTRY_RISKS: readonly CountryRisk[] = CLASSES.map(([iso2, riskClass]) => ({
  iso2,
  riskClass,
  asOf: COUNTRY_RISKS_AS_OF,
}));
