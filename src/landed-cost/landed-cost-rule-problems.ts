import { isCurrencyCode } from '../common/money';
import type { LandedCostRule, Threshold } from './landed-cost-rule';

export interface RuleProblem {
  field: string;
  errors: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Dates outside this window are typing mistakes, and one far in the future would shadow every later version.
const EARLIEST = '1990-01-01';
const LATEST = '2100-01-01';
const KINDS = ['duty', 'surcharge', 'vat', 'fixed'];
const STATUSES = ['in_force', 'announced', 'disputed'];

const isBps = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000;
const isMinor = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const isDate = (value: unknown): boolean =>
  typeof value === 'string' &&
  DATE.test(value) &&
  value >= EARLIEST &&
  value <= LATEST &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** What is wrong with a destination's rules as an admin sent them; empty when they can be published. */
export function landedCostRuleProblems(rules: unknown): RuleProblem[] {
  if (!Array.isArray(rules) || rules.length === 0) return [{ field: 'rules', errors: ['rules must be a non-empty array'] }];
  const problems: RuleProblem[] = [];
  const fail = (field: string, error: string): void => {
    problems.push({ field, errors: [error] });
  };
  rules.forEach((raw: unknown, i) => {
    const at = (name: string): string => `rules[${i}].${name}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`rules[${i}]`, 'each rule must be an object');
    const rule = raw as Record<string, unknown>;
    if (!KINDS.includes(rule.kind as string)) fail(at('kind'), `kind must be one of ${KINDS.join(', ')}`);
    if (!isText(rule.id, 60)) fail(at('id'), 'id must be a short text');
    if (!Number.isInteger(rule.version) || (rule.version as number) < 1) fail(at('version'), 'version must be a positive whole number');
    if (!isDate(rule.effectiveFrom)) fail(at('effectiveFrom'), `effectiveFrom must be a date between ${EARLIEST} and ${LATEST}`);
    if (rule.effectiveTo !== null && !isDate(rule.effectiveTo))
      fail(at('effectiveTo'), `effectiveTo must be null or a date between ${EARLIEST} and ${LATEST}`);
    if (isDate(rule.effectiveTo) && (rule.effectiveTo as string) <= (rule.effectiveFrom as string))
      fail(at('effectiveTo'), 'effectiveTo must be after effectiveFrom');
    if (!STATUSES.includes(rule.status as string)) fail(at('status'), `status must be one of ${STATUSES.join(', ')}`);
    if (!isText(rule.legalBasis, 300)) fail(at('legalBasis'), 'legalBasis must say which law or act the rule applies');
    if (!isText(rule.source, 300)) fail(at('source'), 'source must say where the rule was read');
    const threshold = (name: string): void => {
      const t = rule[name] as Threshold | undefined;
      if (t === undefined) return;
      if (
        typeof t !== 'object' ||
        t === null ||
        !isMinor(t.amountMinor) ||
        !isCurrencyCode(String(t.currency)) ||
        !['goods', 'cif'].includes(t.on)
      ) {
        fail(at(name), `${name} must be { amountMinor, currency, on: goods|cif }`);
      }
    };
    switch (rule.kind) {
      case 'duty':
        if (!['goods', 'cif'].includes(rule.base as string)) fail(at('base'), 'base must be goods or cif');
        if (
          !Array.isArray(rule.mfn) ||
          !rule.mfn.every((m) => typeof m?.hsPrefix === 'string' && /^\d{2,10}$/.test(m.hsPrefix) && isBps(m.rateBps))
        ) {
          fail(at('mfn'), 'mfn must list { hsPrefix: 2 to 10 digits, rateBps: 0 to 10000 }');
        }
        if (rule.defaultRateBps !== undefined && !isBps(rule.defaultRateBps))
          fail(at('defaultRateBps'), 'defaultRateBps must be 0 to 10000');
        if (rule.declaredDigits !== undefined && ![6, 8, 10].includes(rule.declaredDigits as number))
          fail(at('declaredDigits'), 'declaredDigits must be 6, 8 or 10');
        if (
          rule.nationalCodes !== undefined &&
          !(
            Array.isArray(rule.nationalCodes) &&
            rule.nationalCodes.every(
              (n) => /^\d{6}$/.test(n?.hsCode) && typeof n?.code === 'string' && n.code.startsWith(n.hsCode) && /^\d{8,10}$/.test(n.code),
            )
          )
        ) {
          fail(at('nationalCodes'), 'nationalCodes must list { hsCode: 6 digits, code: 8 or 10 digits starting with it }');
        }
        threshold('exemptUpTo');
        break;
      case 'surcharge':
        if (!['goods', 'cif'].includes(rule.base as string)) fail(at('base'), 'base must be goods or cif');
        if (!isBps(rule.rateBps)) fail(at('rateBps'), 'rateBps must be 0 to 10000');
        break;
      case 'vat':
        if (!isText(rule.name, 40)) fail(at('name'), 'name must be a short text');
        if (!isBps(rule.rateBps)) fail(at('rateBps'), 'rateBps must be 0 to 10000');
        if (!['goods', 'cif', 'cif_duty', 'goods_duty'].includes(rule.base as string))
          fail(at('base'), 'base must be goods, cif, cif_duty or goods_duty');
        threshold('exemptUpTo');
        threshold('marketplaceCollectsUpTo');
        break;
      case 'fixed':
        if (!['duty', 'fee'].includes(rule.charge as string)) fail(at('charge'), 'charge must be duty or fee');
        if (!isText(rule.name, 80)) fail(at('name'), 'name must be a short text');
        if (!isMinor(rule.amountMinor)) fail(at('amountMinor'), 'amountMinor must be a whole number of minor units');
        if (!isCurrencyCode(String(rule.currency))) fail(at('currency'), 'currency must be a supported ISO 4217 code');
        if (!['consignment', 'tariff_line', 'line'].includes(rule.per as string))
          fail(at('per'), 'per must be consignment, tariff_line or line');
        threshold('appliesUpTo');
        threshold('appliesAbove');
        break;
    }
  });
  if (problems.length > 0) return problems;
  // Versions of one rule must not overlap, or two would apply at once.
  const typed = rules as LandedCostRule[];
  const seen = new Set<string>();
  typed.forEach((rule, i) => {
    const key = `${rule.id}#${rule.version}`;
    if (seen.has(key)) fail(`rules[${i}].version`, `${rule.id} version ${rule.version} appears twice`);
    seen.add(key);
    const overlapping = typed.find(
      (other, j) =>
        j < i &&
        other.id === rule.id &&
        other.effectiveFrom < (rule.effectiveTo ?? LATEST) &&
        rule.effectiveFrom < (other.effectiveTo ?? LATEST),
    );
    if (overlapping) fail(`rules[${i}].effectiveFrom`, `${rule.id} version ${rule.version} overlaps version ${overlapping.version}`);
    if (typed.some((other, j) => j !== i && other.id === rule.id && other.kind !== rule.kind))
      fail(`rules[${i}].kind`, `all versions of ${rule.id} must be of one kind`);
  });
  return problems;
}
