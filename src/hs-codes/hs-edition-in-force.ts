/** An HS edition and the first day (UTC, `YYYY-MM-DD`) on which it applies. */
export interface HsEditionDates {
  edition: number;
  effectiveFrom: string;
}

/**
 * The edition goods are classified under on `date`: the one that most recently entered into force
 * (a day is taken in UTC). Undefined before the first edition known.
 */
export function editionInForce(editions: readonly HsEditionDates[], date: Date): number | undefined {
  const day = date.toISOString().slice(0, 10);
  let best: HsEditionDates | undefined;
  for (const edition of editions) {
    if (edition.effectiveFrom <= day && (!best || edition.effectiveFrom > best.effectiveFrom)) best = edition;
  }
  return best?.edition;
}

/** The edition in force on `date`; the database always holds one (the shipped HS 2022), so none is a fault. */
export function requireEditionInForce(editions: readonly HsEditionDates[], date: Date): number {
  const edition = editionInForce(editions, date);
  if (edition === undefined) throw new Error(`No HS edition is in force on ${date.toISOString().slice(0, 10)}`);
  return edition;
}

/** What an order line records for a product: its code, moved to the edition in force when it can be. */
export interface SoldClassification {
  hsCode: string;
  hsEdition: number;
}

/**
 * The code and edition a product is sold under. A product keeps the code it was classified with
 * until a later edition is in force; then the cooperative's pick for that edition wins, else its own
 * code if that still exists there; a code gone without a pick stays on its old edition, as declared.
 */
export function soldClassification(
  product: SoldClassification,
  inForce: number,
  later: { choice: string | null; codeExistsInForce: boolean },
): SoldClassification {
  if (product.hsEdition >= inForce) return product;
  if (later.choice) return { hsCode: later.choice, hsEdition: inForce };
  if (later.codeExistsInForce) return { hsCode: product.hsCode, hsEdition: inForce };
  return product;
}
