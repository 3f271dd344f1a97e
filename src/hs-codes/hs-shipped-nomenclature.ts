import { join } from 'node:path';

/**
 * The HS 2022 nomenclature shipped in the repository (data/hs, see its README), loaded by a
 * migration. `npm run build` copies data/ to dist/data, so the path is the same relative to this file.
 */
export const SHIPPED_NOMENCLATURE = {
  edition: 2022,
  effectiveFrom: '2022-01-01',
  path: join(__dirname, '..', '..', 'data', 'hs', 'hs2022-nomenclature.csv.gz'),
} as const;
