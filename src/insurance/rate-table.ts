import { DestinationZone } from '../common/domain/destination-zones';
import { RiskClass } from './country-risk';
import { GoodsClass } from './goods-class';

/** Rates by risk class in basis points of the insured amount; null where the insurer declines. */
export type RatesByRiskClass = Readonly<Record<RiskClass, number | null>>;

export interface CreditTermBand {
  /** Longest payment term (days) priced by this band; bands ascend and the last one is the longest term covered. */
  readonly maxDays: number;
  readonly rateBps: RatesByRiskClass;
}

/**
 * Everything an insurer's tariff says, as data the pricing engine is given: rates are integer
 * basis points (1 bps = 0.01 %), amounts are MAD minor units, converted when quoting in another
 * currency.
 */
export interface RateTable {
  readonly asOf: string;
  /** No cover at all for goods worth more than this per shipment (MAD minor units). */
  readonly goodsValueCeilingMadMinor: number;
  readonly transit: {
    /** The insured value as a percentage of CIF (goods + freight + this insurance), customarily 110. */
    readonly insuredPctOfCif: number;
    readonly baseRateBps: Readonly<Record<GoodsClass, number>>;
    /** Added to the base rate for the destination zone. */
    readonly zoneLoadingBps: Readonly<Record<DestinationZone, number>>;
    readonly minimumPremiumMadMinor: number;
  };
  readonly credit: {
    readonly termBands: readonly CreditTermBand[];
    /** Share of a loss the insurer pays. */
    readonly indemnityPct: number;
  };
  readonly political: {
    readonly rateBps: RatesByRiskClass;
    readonly indemnityPct: number;
  };
}
