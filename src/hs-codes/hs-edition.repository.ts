import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { HsEditionDates } from './hs-edition-in-force';

/** The HS editions and the day each enters into force. */
@Injectable()
export class HsEditionRepository {
  /** Every edition known, oldest first. */
  all(tx: EntityManager): Promise<HsEditionDates[]> {
    return tx.query(`SELECT edition, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom" FROM hs_editions ORDER BY effective_from`);
  }

  async insert(tx: EntityManager, edition: HsEditionDates): Promise<void> {
    await tx.query('INSERT INTO hs_editions (edition, effective_from) VALUES ($1, $2)', [edition.edition, edition.effectiveFrom]);
  }

  async setEffectiveFrom(tx: EntityManager, edition: HsEditionDates): Promise<void> {
    await tx.query('UPDATE hs_editions SET effective_from = $2 WHERE edition = $1', [edition.edition, edition.effectiveFrom]);
  }
}
