/**
 * Destination zones for pricing transport: transit-insurance loadings and, later, shipping rates.
 * Zones follow geography, because routes and handling do: overseas territories go with the region
 * they lie in (Réunion with Africa, Guadeloupe with Latin America and the Caribbean), not with the
 * state they belong to. Shipments within Morocco are not exports, so MA and EH have no zone.
 */
export const DESTINATION_ZONES = [
  'EU',
  'EUROPE_OTHER',
  'NORTH_AMERICA',
  'MIDDLE_EAST',
  'AFRICA',
  'ASIA_PACIFIC',
  'LATAM',
] as const;
export type DestinationZone = (typeof DESTINATION_ZONES)[number];

/** ISO 3166-1 alpha-2 codes by zone. */
export const COUNTRIES_BY_ZONE: Readonly<Record<DestinationZone, readonly string[]>> = {
  EU: [
    'AT', 'AX', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT',
    'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  ],
  EUROPE_OTHER: [
    'AD', 'AL', 'AM', 'AZ', 'BA', 'BY', 'CH', 'FO', 'GB', 'GE', 'GG', 'GI', 'IM', 'IS', 'JE', 'LI', 'MC', 'MD',
    'ME', 'MK', 'NO', 'RS', 'RU', 'SJ', 'SM', 'TR', 'UA', 'VA',
  ],
  NORTH_AMERICA: ['BM', 'CA', 'GL', 'PM', 'US'],
  MIDDLE_EAST: ['AE', 'BH', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'YE'],
  AFRICA: [
    'AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'DZ', 'EG', 'ER', 'ET', 'GA', 'GH',
    'GM', 'GN', 'GQ', 'GW', 'KE', 'KM', 'LR', 'LS', 'LY', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA', 'NE', 'NG',
    'RE', 'RW', 'SC', 'SD', 'SH', 'SL', 'SN', 'SO', 'SS', 'ST', 'SZ', 'TD', 'TG', 'TN', 'TZ', 'UG', 'YT', 'ZA',
    'ZM', 'ZW',
  ],
  ASIA_PACIFIC: [
    'AF', 'AS', 'AU', 'BD', 'BN', 'BT', 'CC', 'CK', 'CN', 'CX', 'FJ', 'FM', 'GU', 'HK', 'ID', 'IN', 'JP', 'KG',
    'KH', 'KI', 'KP', 'KR', 'KZ', 'LA', 'LK', 'MH', 'MM', 'MN', 'MO', 'MP', 'MV', 'MY', 'NC', 'NF', 'NP', 'NR',
    'NU', 'NZ', 'PF', 'PG', 'PH', 'PK', 'PN', 'PW', 'SB', 'SG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TO', 'TV', 'TW',
    'UZ', 'VN', 'VU', 'WF', 'WS',
  ],
  LATAM: [
    'AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BO', 'BQ', 'BR', 'BS', 'BZ', 'CL', 'CO', 'CR', 'CU', 'CW', 'DM', 'DO',
    'EC', 'FK', 'GD', 'GF', 'GP', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI',
    'PA', 'PE', 'PR', 'PY', 'SR', 'SV', 'SX', 'TC', 'TT', 'UY', 'VC', 'VE', 'VG', 'VI',
  ],
};

const ZONE_BY_COUNTRY: ReadonlyMap<string, DestinationZone> = new Map(
  DESTINATION_ZONES.flatMap((zone) => COUNTRIES_BY_ZONE[zone].map((iso2) => [iso2, zone] as const)),
);

/** The zone of an ISO 3166-1 alpha-2 country code, or undefined where Hirfa does not ship. */
export function zoneForCountry(iso2: string): DestinationZone | undefined {
  return ZONE_BY_COUNTRY.get(iso2.toUpperCase());
}
