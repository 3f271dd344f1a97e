import { zoneForCountry } from '../common/domain/destination-zones';

/** A country Hirfa ships to (an export destination). */
export function isDestination(iso2: string): boolean {
  return /^[A-Z]{2}$/.test(iso2) && zoneForCountry(iso2) !== undefined;
}

/** The first region subtag of Accept-Language that is a destination: "fr-FR,fr;q=0.9" → FR. */
export function countryFromLanguage(header: string | undefined): string | null {
  for (const part of (header ?? '').split(',')) {
    const region = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(part.trim())?.[1]?.toUpperCase();
    if (region && isDestination(region)) return region;
  }
  return null;
}
