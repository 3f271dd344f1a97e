export const BRANCHES = [
  'carpets',
  'pottery',
  'zellige',
  'stone',
  'leather',
  'wood',
  'metal',
  'jewelry',
  'textiles',
  'apparel',
  'basketry',
  'glass',
  'cosmetics',
  'instruments',
  'art',
  'other',
] as const;
export type Branch = (typeof BRANCHES)[number];
