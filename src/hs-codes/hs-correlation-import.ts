import { EntityManager } from 'typeorm';
import { readCorrelationCsv } from './hs-correlation-rows';
import { HsCorrelationRepository } from './hs-correlation.repository';
import { HsEditionRepository } from './hs-edition.repository';
import { RejectedRow } from './hs-nomenclature-rows';
import { HsNomenclatureRepository } from './hs-nomenclature.repository';

export interface HsCorrelationSummary {
  fromEdition: number;
  toEdition: number;
  /** Pairs stored. */
  pairs: number;
  rejected: RejectedRow[];
  /** Subheadings of the older edition that are gone from the newer one with no pair to follow. */
  unmapped: string[];
}

/**
 * Replaces the correlation table from the edition before `toEdition` to `toEdition` with the pairs
 * of `csv`, inside the caller's transaction. Pairs naming a code its edition lacks are rejected.
 */
export async function importHsCorrelationWith(manager: EntityManager, csv: string, toEdition: number): Promise<HsCorrelationSummary> {
  const editions = await new HsEditionRepository().all(manager);
  const at = editions.findIndex((e) => e.edition === toEdition);
  if (at <= 0) throw new Error(`HS ${toEdition} has no earlier edition to correlate from`);
  const fromEdition = editions[at - 1].edition;
  const { rows, rejected } = readCorrelationCsv(csv);
  const nomenclature = new HsNomenclatureRepository();
  const fromKnown = await nomenclature.existingSubheadings(
    manager,
    fromEdition,
    rows.map((r) => r.fromCode),
  );
  const toKnown = await nomenclature.existingSubheadings(
    manager,
    toEdition,
    rows.map((r) => r.toCode),
  );
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

  const correlations = new HsCorrelationRepository();
  await correlations.replace(manager, fromEdition, toEdition, valid);
  const unmapped = await correlations.unmapped(manager, fromEdition, toEdition);
  return { fromEdition, toEdition, pairs: valid.length, rejected, unmapped };
}
