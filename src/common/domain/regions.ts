/** The 12 regions of Morocco, ISO 3166-2 codes. */
export const REGIONS = {
  'MA-01': 'Tanger-Tétouan-Al Hoceïma',
  'MA-02': "L'Oriental",
  'MA-03': 'Fès-Meknès',
  'MA-04': 'Rabat-Salé-Kénitra',
  'MA-05': 'Béni Mellal-Khénifra',
  'MA-06': 'Casablanca-Settat',
  'MA-07': 'Marrakech-Safi',
  'MA-08': 'Drâa-Tafilalet',
  'MA-09': 'Souss-Massa',
  'MA-10': 'Guelmim-Oued Noun',
  'MA-11': 'Laâyoune-Sakia El Hamra',
  'MA-12': 'Dakhla-Oued Ed-Dahab',
} as const;
export type RegionCode = keyof typeof REGIONS;
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[];
