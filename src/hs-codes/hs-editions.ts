import { EntityManager } from 'typeorm';
import { editionInForce, HsEditionDates } from './hs-edition-in-force';

/** Every edition known to the database, oldest first. */
export async function loadHsEditions(manager: EntityManager): Promise<HsEditionDates[]> {
  return manager.query(
    `SELECT edition, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom" FROM hs_editions ORDER BY effective_from`,
  );
}

/** The edition in force on `date` according to the database (the shipped HS 2022 at least). */
export async function loadEditionInForce(manager: EntityManager, date = new Date()): Promise<number> {
  const edition = editionInForce(await loadHsEditions(manager), date);
  if (edition === undefined) throw new Error(`No HS edition is in force on ${date.toISOString().slice(0, 10)}`);
  return edition;
}
