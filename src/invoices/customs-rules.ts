import { COUNTRIES_BY_ZONE } from '../common/domain/destination-zones';
import { convert, type ExchangeRate, parseRate, toDecimalString } from '../common/money';

export type PostalForm = 'CN22' | 'CN23';

export interface PostalFormChoice {
  form: PostalForm;
  /** The contents' value in SDR, 2 decimals, rounded half up. */
  valueSdr: string;
  limitSdr: number;
  madPerSdr: string;
}

/** CN22 when the contents are worth at most `limitSdr`, compared exactly in MAD minor units. */
export function postalForm(valueMadMinor: number, madPerSdr: string, limitSdr: number): PostalFormChoice {
  const rate = parseRate(madPerSdr);
  const scale = 10n ** BigInt(rate.scale);
  // value / rate ≤ limit  ⇔  value × 10^scale ≤ limit × 100 × units (MAD has 2 decimals)
  const within = BigInt(valueMadMinor) * scale <= BigInt(limitSdr) * 100n * rate.units;
  const sdrHundredths = (BigInt(valueMadMinor) * scale * 2n + rate.units) / (2n * rate.units);
  return { form: within ? 'CN22' : 'CN23', valueSdr: toDecimalString(Number(sdrHundredths), 'MAD'), limitSdr, madPerSdr };
}

export type ProofOfOrigin =
  | { kind: 'origin_declaration'; valueEurMinor: number }
  | { kind: 'eur1_certificate'; valueEurMinor: number }
  | { kind: 'eur_value_unknown'; valueEurMinor: null }
  | { kind: 'not_eu'; valueEurMinor: null };

const EU = new Set(COUNTRIES_BY_ZONE.EU);

/**
 * The proof of origin for goods of Moroccan origin: to the EU, a declaration on the invoice up to
 * `maxEur`, a EUR.1 certificate above. `valueEurMinor` is null when no EUR rate is known; the
 * exporter then needs a EUR.1 (the safe choice), which `eur_value_unknown` tells the caller.
 */
export function proofOfOrigin(destinationCountry: string, valueEurMinor: number | null, maxEur: number): ProofOfOrigin {
  if (!EU.has(destinationCountry.toUpperCase())) return { kind: 'not_eu', valueEurMinor: null };
  if (valueEurMinor === null) return { kind: 'eur_value_unknown', valueEurMinor: null };
  return valueEurMinor <= maxEur * 100 ? { kind: 'origin_declaration', valueEurMinor } : { kind: 'eur1_certificate', valueEurMinor };
}

/** The EUR value of goods: as invoiced when in EUR, else their MAD value (fixed at the order) at the EUR rate. */
export function eurValue(amountMinor: number, currency: string, amountMadMinor: number, eurMadPerUnit: ExchangeRate | null): number | null {
  if (currency === 'EUR') return amountMinor;
  return eurMadPerUnit ? convert(amountMadMinor, 'MAD', 'EUR', eurMadPerUnit) : null;
}

/**
 * The origin statement for the preference the goods entered under: the invoice declaration of the
 * EU and UK agreements, or the facts a US importer needs to claim the FTA (the claim is theirs).
 */
export function preferentialOriginText(scheme: string, exporterName: string, ice: string, place: string, date: string): string {
  if (scheme === 'US–Morocco FTA') {
    return (
      `Duty-free treatment under the United States–Morocco Free Trade Agreement may be claimed by the importer (SPI "MA"): ` +
      `these goods were made in Morocco by ${exporterName} (ICE ${ice}), ${place}, and are shipped directly from Morocco to the United States.`
    );
  }
  return originDeclarationText(exporterName, ice, place, date);
}

/** The declaration printed on the invoice, worded for the Euro-Mediterranean rules of origin. */
export function originDeclarationText(exporterName: string, ice: string, place: string, date: string): string {
  return (
    `The exporter of the products covered by this document, ${exporterName} (ICE ${ice}), declares that, ` +
    `except where otherwise clearly indicated, these products are of Moroccan preferential origin. ${place}, ${date}.`
  );
}
