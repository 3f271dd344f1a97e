import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { HsCorrelation } from './hs-correlation';

export type HsCodePair = Pick<HsCorrelation, 'fromCode' | 'toCode'>;

/** Which subheadings of an edition become which of the next. */
@Injectable()
export class HsCorrelationRepository {
  /** Replaces every pair from `fromEdition` to `toEdition`. */
  async replace(tx: EntityManager, fromEdition: number, toEdition: number, pairs: HsCodePair[]): Promise<void> {
    await tx.query('DELETE FROM hs_correlations WHERE from_edition = $1 AND to_edition = $2', [fromEdition, toEdition]);
    await tx.query(
      `INSERT INTO hs_correlations (from_edition, from_code, to_edition, to_code)
       SELECT $1, f, $2, t FROM unnest($3::varchar[], $4::varchar[]) AS p(f, t)`,
      [fromEdition, toEdition, pairs.map((p) => p.fromCode), pairs.map((p) => p.toCode)],
    );
  }

  /** Subheadings of `fromEdition` gone from `toEdition` with no pair to follow. */
  async unmapped(tx: EntityManager, fromEdition: number, toEdition: number): Promise<string[]> {
    const rows: Pick<HsCorrelation, 'fromCode'>[] = await tx.query(
      `SELECT o.code AS "fromCode" FROM hs_subheadings o
        WHERE o.edition = $1
          AND NOT EXISTS (SELECT 1 FROM hs_subheadings n WHERE n.edition = $2 AND n.code = o.code)
          AND NOT EXISTS (SELECT 1 FROM hs_correlations c WHERE c.from_edition = $1 AND c.from_code = o.code AND c.to_edition = $2)
        ORDER BY o.code`,
      [fromEdition, toEdition],
    );
    return rows.map((row) => row.fromCode);
  }
}
