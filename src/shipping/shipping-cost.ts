export interface WeightBracket {
  maxWeightGrams: number;
  priceMadMinor: number;
}

/**
 * Shipping of one parcel in MAD minor units: the price of the smallest bracket that holds its
 * weight. Heavier parcels are sent as several parcels of the largest bracket (plus one for the rest).
 */
export function shippingCostMad(weightGrams: number, brackets: readonly WeightBracket[]): number {
  if (!Number.isInteger(weightGrams) || weightGrams < 0) throw new Error('weight must be a whole number of grams');
  if (brackets.length === 0) throw new Error('no shipping rates for this destination');
  const sorted = [...brackets].sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  const largest = sorted[sorted.length - 1];
  const fullParcels = Math.floor(weightGrams / largest.maxWeightGrams);
  const rest = weightGrams - fullParcels * largest.maxWeightGrams;
  const restPrice = rest === 0 && fullParcels > 0 ? 0 : sorted.find((b) => b.maxWeightGrams >= rest)!.priceMadMinor;
  return fullParcels * largest.priceMadMinor + restPrice;
}
