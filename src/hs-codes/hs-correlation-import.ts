import { EntityManager } from 'typeorm';
import { readCorrelationCsv } from './hs-correlation-rows';
import { loadHsEditions } from './hs-editions';
import { RejectedRow } from './hs-nomenclature-rows';

export interface HsCorrelationSummary {
  fromEdition: number;
  toEdition: number;
  /** Pairs stored. */
  pairs: number;
  rejected: RejectedRow[];
  /** Subheadings of the older edition that are gone from the newer one with no pair to follow. */
  unmapped: string[];
}

async function existing(manager: EntityManager, edition: number, codes: string[]): Promise<Set<string>> {
  const rows: { code: string }[] = await manager.query('SELECT code FROM hs_subheadings WHERE edition = $1 AND code = ANY($2::varchar[])', [
    edition,
    [...new Set(codes)],
  ]);
  return new Set(rows.map((row) => row.code));
}

/**
 * Replaces the correlation table from the edition before `toEdition` to `toEdition` with the pairs
 * of `csv`, inside the caller's transaction. Pairs naming a code its edition lacks are rejected.
 */
export async function importHsCorrelationWith(manager: EntityManager, csv: string, toEdition: number): Promise<HsCorrelationSummary> {
  const editions = await loadHsEditions(manager);
  const at = editions.findIndex((e) => e.edition === toEdition);
  if (at <= 0) throw new Error(`HS ${toEdition} has no earlier edition to correlate from`);
  const fromEdition = editions[at - 1].edition;
  const { rows, rejected } = readCorrelationCsv(csv);
  const fromKnown = await existing(manager, fromEdition, rows.map((r) => r.fromCode));
  const toKnown = await existing(manager, toEdition, rows.map((r) => r.toCode));
  const valid = rows.filter((row) => {
    const problem = !fromKnown.has(row.fromCode)
      ? `from_code ${row.fromCode} is not a subheading of HS ${fromEdition}`
      : !toKnown.has(row.toCode)
        ? `to_code ${row.toCode} is not a subheading of HS ${toEdition}`
        : undefined;
    if (problem) rejected.push({ line: row.line, reason: problem });
    return problem === undefined;
  });
  rejected.sort((a, b) => a.line - b.line);

  await manager.query('DELETE FROM hs_correlations WHERE from_edition = $1 AND to_edition = $2', [fromEdition, toEdition]);
  await manager.query(
    `INSERT INTO hs_correlations (from_edition, from_code, to_edition, to_code)
     SELECT $1, f, $2, t FROM unnest($3::varchar[], $4::varchar[]) AS p(f, t)`,
    [fromEdition, toEdition, valid.map((r) => r.fromCode), valid.map((r) => r.toCode)],
  );
  const unmapped: { code: string }[] = await manager.query(
    `SELECT o.code FROM hs_subheadings o
      WHERE o.edition = $1
        AND NOT EXISTS (SELECT 1 FROM hs_subheadings n WHERE n.edition = $2 AND n.code = o.code)
        AND NOT EXISTS (SELECT 1 FROM hs_correlations c WHERE c.from_edition = $1 AND c.from_code = o.code AND c.to_edition = $2)
      ORDER BY o.code`,
    [fromEdition, toEdition],
  );
  return { fromEdition, toEdition, pairs: valid.length, rejected, unmapped: unmapped.map((row) => row.code) };
}
