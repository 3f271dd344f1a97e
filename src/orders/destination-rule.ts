/** Hirfa sells for export: shipping within Morocco (Western Sahara included) is refused. */
const DOMESTIC = new Set(['MA', 'EH']);

/** Whether an order may ship to `country` (ISO 3166-1 alpha-2) as far as the export rule goes; the zone decides the rest. */
export function destinationAllowed(country: string): boolean {
  return !DOMESTIC.has(country);
}
