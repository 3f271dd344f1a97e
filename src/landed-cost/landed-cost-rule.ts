/**
 * Landed-cost rules as data: what a destination charges on arrival, each rule dated, sourced and
 * versioned. A rule's `id` names its lineage ("US duty"); a new version of the same id succeeds
 * the old one from its own `effectiveFrom`. Amounts are minor units of the rule's `currency`.
 */
export type RuleStatus = 'in_force' | 'announced' | 'disputed';

/** Which value a threshold or a rate is measured on. */
export type ValueBasis =
  /** the goods alone (intrinsic value: what IOSS, the UK scheme and de minimis look at) */
  | 'goods'
  /** goods, shipping and insurance (CIF: EU, UK, UAE customs value) */
  | 'cif'
  /** CIF plus the duties charged on it (import VAT/GST base) */
  | 'cif_duty'
  /** goods plus duties (FOB-valued countries' tax base: Canada) */
  | 'goods_duty';

export interface Threshold {
  amountMinor: number;
  currency: string;
  on: 'goods' | 'cif';
}

interface RuleBase {
  id: string;
  version: number;
  effectiveFrom: string;
  /** Exclusive end date; null while open-ended. */
  effectiveTo: string | null;
  /** The end is a known sunset: after it nothing applies, instead of "unknown". */
  sunset?: boolean;
  status: RuleStatus;
  legalBasis: string;
  source: string;
}

export interface DutyRule extends RuleBase {
  kind: 'duty';
  base: 'goods' | 'cif';
  /** Most-favoured-nation rates by HS prefix (the longest matching prefix wins). */
  mfn: { hsPrefix: string; rateBps: number }[];
  /** Rate for codes not in `mfn`; absent: such lines are "unknown". */
  defaultRateBps?: number;
  /** No duty when the consignment is at most this value. */
  exemptUpTo?: Threshold;
  /** Duty-free for originating goods when claimed, with the proof customs need. */
  preference?: { scheme: string; origins: string[]; hsChapters?: string[]; proof: string };
  /** How many digits the entry declares (the US asks for 10-digit HTS codes on postal entries). */
  declaredDigits?: number;
  /** The national tariff line of a 6-digit subheading, where one is known. */
  nationalCodes?: { hsCode: string; code: string }[];
}

/** A percentage on top of duty (e.g. a temporary tariff surcharge). */
export interface SurchargeRule extends RuleBase {
  kind: 'surcharge';
  base: 'goods' | 'cif';
  rateBps: number;
  /** Goods entering under the duty rule's preference are exempt. */
  waivedByPreference: boolean;
}

export interface VatRule extends RuleBase {
  kind: 'vat';
  /** VAT, GST, HST: the name shown. */
  name: string;
  rateBps: number;
  /** Rates by the first letters of the postal code (Canada's HST provinces). */
  regionalRates?: { postalPrefixes: string; rateBps: number }[];
  base: ValueBasis;
  /** No tax when the consignment is at most this value. */
  exemptUpTo?: Threshold;
  /**
   * Up to this value the marketplace is the deemed supplier and charges the tax at checkout
   * (IOSS up to EUR 150, the UK up to GBP 135), on the sale price: goods, shipping, insurance.
   */
  marketplaceCollectsUpTo?: Threshold & { scheme: string };
}

/** A fixed amount: flat duties per tariff line, handling fees per article. */
export interface FixedChargeRule extends RuleBase {
  kind: 'fixed';
  charge: 'duty' | 'fee';
  name: string;
  amountMinor: number;
  currency: string;
  /** per consignment, per distinct HS code, or per order line (article) */
  per: 'consignment' | 'tariff_line' | 'line';
  /** Applies only to consignments up to this value. */
  appliesUpTo?: Threshold;
  /** Applies only to consignments above this value. */
  appliesAbove?: Threshold;
  /** A fee that a carrier always collects at the door, even under DDP. */
  alwaysAtDoor?: boolean;
}

export type LandedCostRule = DutyRule | SurchargeRule | VatRule | FixedChargeRule;

/** Everything known about one destination country. */
export interface DestinationRules {
  destination: string;
  rules: LandedCostRule[];
}
