import { allocate, applyBps, convert, ExchangeRate, sum } from '../common/money';
import type {
  DestinationRules,
  DutyRule,
  FixedChargeRule,
  LandedCostRule,
  SurchargeRule,
  Threshold,
  ValueBasis,
  VatRule,
} from './landed-cost-rule';

export type Incoterm = 'DAP' | 'DDP';

export interface LandedCostLine {
  hsCode: string;
  originCountry: string;
  /** The line's goods value in the order currency. */
  valueMinor: number;
}

export interface LandedCostInput {
  /** Missing when no rules are known for the destination. */
  rules: DestinationRules | null;
  destination: string;
  postalCode?: string;
  currency: string;
  incoterm: Incoterm;
  lines: LandedCostLine[];
  shippingMinor: number;
  insuranceMinor: number;
  /** Whether preferential origin is claimed (the exporter's statement on the invoice). */
  claimPreference: boolean;
  /** The day the rules are read for (YYYY-MM-DD). */
  asOf: string;
  /** MAD per unit of each non-MAD currency involved (the order's and the thresholds'). */
  rates: Readonly<Record<string, ExchangeRate>>;
}

export interface LandedCharge {
  kind: 'duty' | 'vat' | 'fee';
  amountMinor: number;
  collectedAt: 'checkout' | 'door';
  basis: string;
  ruleId: string;
  ruleVersion: number;
}

export interface UnknownCharge {
  ruleId: string | null;
  kind: 'duty' | 'vat' | 'fee' | 'destination';
  reason: string;
}

export interface LandedCost {
  destination: string;
  currency: string;
  incoterm: Incoterm;
  asOf: string;
  charges: LandedCharge[];
  atCheckoutMinor: number;
  atDoorMinor: number;
  unknown: UnknownCharge[];
  /** The preferential scheme the goods enter under and the proof the invoice must carry. */
  preference: { scheme: string; proof: string } | null;
  /** The scheme under which the marketplace collected VAT at checkout (IOSS, UK). */
  vatScheme: string | null;
  /**
   * Where the destination declares more than 6 digits: how many, and each line's national code
   * (null where none is known, for the exporter or importer to complete).
   */
  declaredCodes: { digits: number; codes: Record<string, string | null> } | null;
}

/** Versions in force on `asOf`, and lineages whose last version ended with no successor. */
export function rulesInForce(rules: readonly LandedCostRule[], asOf: string): { inForce: LandedCostRule[]; lapsed: LandedCostRule[] } {
  const lineages = new Map<string, LandedCostRule[]>();
  for (const rule of rules) lineages.set(rule.id, [...(lineages.get(rule.id) ?? []), rule]);
  const inForce: LandedCostRule[] = [];
  const lapsed: LandedCostRule[] = [];
  for (const versions of lineages.values()) {
    const current = versions
      .filter((v) => v.effectiveFrom <= asOf && (v.effectiveTo === null || asOf < v.effectiveTo))
      .sort((a, b) => b.version - a.version)[0];
    if (current) {
      inForce.push(current);
      continue;
    }
    const started = versions.filter((v) => v.effectiveFrom <= asOf);
    const announced = versions.some((v) => v.effectiveFrom > asOf);
    if (started.length === 0 || announced) continue;
    const last = started.sort((a, b) => (b.effectiveTo ?? '').localeCompare(a.effectiveTo ?? '') || b.version - a.version)[0];
    if (!last.sunset) lapsed.push(last);
  }
  return { inForce, lapsed };
}

const percent = (bps: number): string => `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')} %`;

/** Prices a landed-cost estimate: each duty, tax and fee with its basis, rule version and payer. */
export function landedCost(input: LandedCostInput): LandedCost {
  const result: LandedCost = {
    destination: input.destination,
    currency: input.currency,
    incoterm: input.incoterm,
    asOf: input.asOf,
    charges: [],
    atCheckoutMinor: 0,
    atDoorMinor: 0,
    unknown: [],
    preference: null,
    vatScheme: null,
    declaredCodes: null,
  };
  if (!input.rules) {
    result.unknown.push({ ruleId: null, kind: 'destination', reason: `No landed-cost rules are known for ${input.destination}` });
    return result;
  }
  const { inForce, lapsed } = rulesInForce(input.rules.rules, input.asOf);
  const missing = [...new Set([input.currency, ...inForce.flatMap(ruleCurrencies)])].filter((c) => c !== 'MAD' && !input.rates[c]);
  if (missing.length > 0) {
    result.unknown.push({ ruleId: null, kind: 'destination', reason: `No exchange rate is set for ${missing.join(', ')}` });
    return result;
  }
  for (const rule of lapsed) {
    result.unknown.push({
      ruleId: rule.id,
      kind: rule.kind === 'fixed' ? rule.charge : rule.kind === 'surcharge' ? 'duty' : rule.kind,
      reason: `${rule.legalBasis} ended on ${rule.effectiveTo}; what applies after it is not known`,
    });
  }

  const goods = sum(input.lines.map((l) => l.valueMinor));
  const cif = goods + input.shippingMinor + input.insuranceMinor;
  // Each line carries its share of shipping and insurance where duty is charged on CIF.
  const extras =
    goods > 0
      ? allocate(
          input.shippingMinor + input.insuranceMinor,
          input.lines.map((l) => l.valueMinor),
        )
      : input.lines.map(() => 0);
  const lineBase = (i: number, base: 'goods' | 'cif'): number => input.lines[i].valueMinor + (base === 'cif' ? extras[i] : 0);
  const toOrderCurrency = (amount: number, currency: string): number => inCurrency(amount, currency, input.currency, input.rates);
  const within = (t: Threshold): boolean =>
    inCurrency(t.on === 'goods' ? goods : cif, input.currency, t.currency, input.rates) <= t.amountMinor;
  const money = (amount: number): string => `${input.currency} ${amount}`;

  const vat = inForce.find((r): r is VatRule => r.kind === 'vat');
  const scheme = vat?.marketplaceCollectsUpTo && within(vat.marketplaceCollectsUpTo) ? vat.marketplaceCollectsUpTo.scheme : null;
  const payer = (withScheme: boolean): LandedCharge['collectedAt'] =>
    input.incoterm === 'DDP' || (withScheme && scheme) ? 'checkout' : 'door';
  const add = (charge: Omit<LandedCharge, 'ruleId' | 'ruleVersion'>, rule: LandedCostRule): void => {
    if (charge.amountMinor > 0) result.charges.push({ ...charge, ruleId: rule.id, ruleVersion: rule.version });
  };

  const duty = inForce.find((r): r is DutyRule => r.kind === 'duty');
  const preferred = input.lines.map((line) => !!duty?.preference && input.claimPreference && qualifies(duty.preference, line));
  const dutyExempt = !!duty?.exemptUpTo && within(duty.exemptUpTo);
  if (duty && !dutyExempt) {
    const byRate = new Map<number, { amount: number; codes: Set<string> }>();
    input.lines.forEach((line, i) => {
      if (preferred[i]) return;
      const rate = mfnRate(duty, line.hsCode);
      if (rate === undefined) {
        result.unknown.push({ ruleId: duty.id, kind: 'duty', reason: `No duty rate is known for HS ${line.hsCode}` });
        return;
      }
      const entry = byRate.get(rate) ?? { amount: 0, codes: new Set<string>() };
      entry.amount += applyBps(lineBase(i, duty.base), rate);
      entry.codes.add(line.hsCode);
      byRate.set(rate, entry);
    });
    for (const [rate, { amount, codes }] of byRate) {
      add(
        {
          kind: 'duty',
          amountMinor: amount,
          collectedAt: payer(false),
          basis: `${duty.legalBasis}: ${percent(rate)} on the ${duty.base === 'cif' ? 'CIF' : 'goods'} value of HS ${[...codes].join(', ')}`,
        },
        duty,
      );
    }
  }
  if (duty?.declaredDigits && duty.declaredDigits > 6) {
    const national = new Map((duty.nationalCodes ?? []).map((n) => [n.hsCode, n.code]));
    result.declaredCodes = {
      digits: duty.declaredDigits,
      codes: Object.fromEntries(input.lines.map((l) => [l.hsCode, national.get(l.hsCode) ?? null])),
    };
  }
  if (duty?.preference && preferred.some(Boolean)) {
    result.preference = { scheme: duty.preference.scheme, proof: duty.preference.proof };
  }

  for (const surcharge of inForce.filter((r): r is SurchargeRule => r.kind === 'surcharge')) {
    const base = sum(input.lines.map((_, i) => (surcharge.waivedByPreference && preferred[i] ? 0 : lineBase(i, surcharge.base))));
    add(
      {
        kind: 'duty',
        amountMinor: applyBps(base, surcharge.rateBps),
        collectedAt: payer(false),
        basis: `${surcharge.legalBasis}: ${percent(surcharge.rateBps)} surcharge on ${money(base)}`,
      },
      surcharge,
    );
  }

  for (const fixed of inForce.filter((r): r is FixedChargeRule => r.kind === 'fixed')) {
    if (fixed.appliesUpTo && !within(fixed.appliesUpTo)) continue;
    if (fixed.appliesAbove && within(fixed.appliesAbove)) continue;
    const count =
      fixed.per === 'consignment' ? 1 : fixed.per === 'line' ? input.lines.length : new Set(input.lines.map((l) => l.hsCode)).size;
    const unit = toOrderCurrency(fixed.amountMinor, fixed.currency);
    add(
      {
        kind: fixed.charge,
        amountMinor: unit * count,
        collectedAt: payer(true),
        basis: `${fixed.name} (${fixed.legalBasis}): ${count} × ${money(unit)}`,
      },
      fixed,
    );
  }

  const duties = sum(result.charges.filter((c) => c.kind === 'duty').map((c) => c.amountMinor));
  if (vat && !(vat.exemptUpTo && within(vat.exemptUpTo))) {
    const rate = regionalRate(vat, input.postalCode);
    if (scheme) {
      result.vatScheme = scheme;
      add(
        {
          kind: 'vat',
          amountMinor: applyBps(cif, rate),
          collectedAt: 'checkout',
          basis: `${vat.name} ${percent(rate)} on the sale price ${money(cif)}, charged by the marketplace under ${scheme}`,
        },
        vat,
      );
    } else {
      const base = taxBase(vat.base, goods, cif, duties);
      add(
        {
          kind: 'vat',
          amountMinor: applyBps(base, rate),
          collectedAt: payer(false),
          basis: `Import ${vat.name} ${percent(rate)} on ${money(base)} (${vat.legalBasis})`,
        },
        vat,
      );
    }
  }

  result.atCheckoutMinor = sum(result.charges.filter((c) => c.collectedAt === 'checkout').map((c) => c.amountMinor));
  result.atDoorMinor = sum(result.charges.filter((c) => c.collectedAt === 'door').map((c) => c.amountMinor));
  return result;
}

function ruleCurrencies(rule: LandedCostRule): string[] {
  const thresholds: (Threshold | undefined)[] =
    rule.kind === 'duty'
      ? [rule.exemptUpTo]
      : rule.kind === 'vat'
        ? [rule.exemptUpTo, rule.marketplaceCollectsUpTo]
        : rule.kind === 'fixed'
          ? [rule.appliesUpTo, rule.appliesAbove]
          : [];
  return [...thresholds.filter((t): t is Threshold => !!t).map((t) => t.currency), ...(rule.kind === 'fixed' ? [rule.currency] : [])];
}

function qualifies(preference: NonNullable<DutyRule['preference']>, line: LandedCostLine): boolean {
  return (
    preference.origins.includes(line.originCountry) && (!preference.hsChapters || preference.hsChapters.includes(line.hsCode.slice(0, 2)))
  );
}

function mfnRate(duty: DutyRule, hsCode: string): number | undefined {
  const match = duty.mfn.filter((m) => hsCode.startsWith(m.hsPrefix)).sort((a, b) => b.hsPrefix.length - a.hsPrefix.length)[0];
  return match?.rateBps ?? duty.defaultRateBps;
}

function regionalRate(vat: VatRule, postalCode: string | undefined): number {
  const first = postalCode?.trim().charAt(0).toUpperCase();
  return vat.regionalRates?.find((r) => first && r.postalPrefixes.includes(first))?.rateBps ?? vat.rateBps;
}

function taxBase(base: ValueBasis, goods: number, cif: number, duties: number): number {
  switch (base) {
    case 'goods':
      return goods;
    case 'cif':
      return cif;
    case 'cif_duty':
      return cif + duties;
    case 'goods_duty':
      return goods + duties;
  }
}

/** Converts through MAD, as every rate is held against MAD. */
function inCurrency(amount: number, from: string, to: string, rates: Readonly<Record<string, ExchangeRate>>): number {
  if (from === to) return amount;
  const mad = from === 'MAD' ? amount : convert(amount, from, 'MAD', rates[from]);
  return to === 'MAD' ? mad : convert(mad, 'MAD', to, rates[to]);
}
