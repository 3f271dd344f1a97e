import { DESTINATION_ZONES } from '../common/domain/destination-zones';
import { RISK_CLASSES } from './country-risk';
import { GOODS_CLASSES } from './goods-class';

export interface RateTableProblem {
  field: string;
  errors: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * What is wrong with a rate table an admin publishes, field by field (empty when it can be used).
 * Beyond shape, it keeps the properties the pricing engine's guarantees rest on: rates never fall
 * as the risk class, the payment term or fragility rise, and a class once off cover stays off.
 */
export function rateTableProblems(table: unknown): RateTableProblem[] {
  const problems: RateTableProblem[] = [];
  const fail = (field: string, error: string): void => void problems.push({ field, errors: [error] });
  const object = (value: unknown, field: string, keys: readonly string[]): value is Json => {
    if (!isObject(value)) {
      fail(field, `${field} must be an object with ${keys.join(', ')}`);
      return false;
    }
    for (const key of Object.keys(value)) if (!keys.includes(key)) fail(`${field}.${key}`, `${field}.${key} is not a rate table field`);
    for (const key of keys) if (!(key in value)) fail(`${field}.${key}`, `${field}.${key} is required`);
    return true;
  };
  const count = (value: unknown, field: string, max = Number.MAX_SAFE_INTEGER): boolean => {
    if (isCount(value) && value <= max) return true;
    fail(field, `${field} must be a whole number from 0 to ${max}`);
    return false;
  };
  const byRiskClass = (value: unknown, field: string): (number | null)[] | undefined => {
    if (!object(value, field, RISK_CLASSES.map(String))) return undefined;
    const rates = RISK_CLASSES.map((c) => value[String(c)]);
    if (!rates.every((r, c) => r === null || count(r, `${field}.${c}`, 10_000))) return undefined;
    const typed = rates as (number | null)[];
    typed.forEach((rate, c) => {
      if (c === 0) return;
      const previous = typed[c - 1];
      if (rate !== null && (previous === null || rate < previous))
        fail(`${field}.${c}`, `${field}.${c} must not be below class ${c - 1}'s rate nor follow a class off cover`);
    });
    return typed;
  };

  if (!object(table, 'table', ['asOf', 'goodsValueCeilingMadMinor', 'transit', 'credit', 'political'])) return problems;
  count(table.goodsValueCeilingMadMinor, 'goodsValueCeilingMadMinor');

  if (object(table.transit, 'transit', ['insuredPctOfCif', 'baseRateBps', 'zoneLoadingBps', 'minimumPremiumMadMinor'])) {
    const { transit } = table;
    // With rates capped at 20 % (base + loading) and 200 % of CIF, the premium solved into the insured value stays finite.
    if (!(isCount(transit.insuredPctOfCif) && transit.insuredPctOfCif >= 100 && transit.insuredPctOfCif <= 200)) {
      fail('transit.insuredPctOfCif', 'transit.insuredPctOfCif must be a whole percentage from 100 to 200');
    }
    count(transit.minimumPremiumMadMinor, 'transit.minimumPremiumMadMinor');
    const bases = object(transit.baseRateBps, 'transit.baseRateBps', GOODS_CLASSES)
      ? GOODS_CLASSES.map((g) =>
          count((transit.baseRateBps as Json)[g], `transit.baseRateBps.${g}`, 1000)
            ? ((transit.baseRateBps as Json)[g] as number)
            : undefined,
        )
      : [];
    bases.forEach((rate, i) => {
      const previous = bases[i - 1];
      if (i > 0 && rate !== undefined && previous !== undefined && rate < previous) {
        fail(
          `transit.baseRateBps.${GOODS_CLASSES[i]}`,
          `transit.baseRateBps.${GOODS_CLASSES[i]} must not be below ${GOODS_CLASSES[i - 1]}`,
        );
      }
    });
    if (object(transit.zoneLoadingBps, 'transit.zoneLoadingBps', DESTINATION_ZONES)) {
      for (const zone of DESTINATION_ZONES) count((transit.zoneLoadingBps as Json)[zone], `transit.zoneLoadingBps.${zone}`, 1000);
    }
  }

  if (object(table.credit, 'credit', ['termBands', 'indemnityPct'])) {
    const { credit } = table;
    if (!(isCount(credit.indemnityPct) && credit.indemnityPct >= 1 && credit.indemnityPct <= 100))
      fail('credit.indemnityPct', 'credit.indemnityPct must be from 1 to 100');
    if (!Array.isArray(credit.termBands) || credit.termBands.length === 0 || credit.termBands.length > 20) {
      fail('credit.termBands', 'credit.termBands must list 1 to 20 bands');
    } else {
      let previous: { maxDays: number; rates: (number | null)[] } | undefined;
      credit.termBands.forEach((band: unknown, i) => {
        const field = `credit.termBands[${i}]`;
        if (!object(band, field, ['maxDays', 'rateBps'])) return;
        const rates = byRiskClass(band.rateBps, `${field}.rateBps`);
        if (!count(band.maxDays, `${field}.maxDays`, 3650) || !rates) return;
        const maxDays = band.maxDays as number;
        if (previous && maxDays <= previous.maxDays) fail(`${field}.maxDays`, `${field}.maxDays must be longer than the band before`);
        if (previous) {
          const before = previous.rates;
          rates.forEach((rate, c) => {
            if (rate !== null && (before[c] === null || rate < before[c]!)) {
              fail(
                `${field}.rateBps.${c}`,
                `${field}.rateBps.${c} must not be below the shorter term's rate nor cover a class the shorter term does not`,
              );
            }
          });
        }
        previous = { maxDays, rates };
      });
    }
  }

  if (object(table.political, 'political', ['rateBps', 'indemnityPct'])) {
    const { political } = table;
    byRiskClass(political.rateBps, 'political.rateBps');
    if (!(isCount(political.indemnityPct) && political.indemnityPct >= 1 && political.indemnityPct <= 100)) {
      fail('political.indemnityPct', 'political.indemnityPct must be from 1 to 100');
    }
  }
  return problems;
}
