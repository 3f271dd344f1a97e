import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { DataSource, EntityManager } from 'typeorm';
import { HsEditionRepository } from './hs-edition.repository';
import { HsImportNode, HsNomenclatureRepository, type UpsertCounts } from './hs-nomenclature.repository';
import { NomenclatureRow, readNomenclatureCsv, RejectedRow } from './hs-nomenclature-rows';

export type { UpsertCounts };

export interface HsImportSummary {
  /** The edition the file was imported as. */
  edition: number;
  /** Valid subheading rows in the file. */
  rows: number;
  sections: UpsertCounts;
  chapters: UpsertCounts;
  headings: UpsertCounts;
  subheadings: UpsertCounts;
  rejected: RejectedRow[];
}

export interface HsImportOptions {
  /** The edition the file holds; without it, the latest edition known is updated. */
  edition?: number;
  /** `YYYY-MM-DD`: needed to add an edition, and corrects the date of a known one. */
  effectiveFrom?: string;
  batchSize?: number;
  /** Called with the number of subheading rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

const nomenclature = new HsNomenclatureRepository();
const editionRows = new HsEditionRepository();

function add(total: UpsertCounts, part: UpsertCounts): UpsertCounts {
  return {
    inserted: total.inserted + part.inserted,
    updated: total.updated + part.updated,
    unchanged: total.unchanged + part.unchanged,
  };
}

function distinct(rows: NomenclatureRow[], pick: (row: NomenclatureRow) => HsImportNode): HsImportNode[] {
  const nodes = new Map<string, HsImportNode>();
  for (const row of rows) {
    const node = pick(row);
    if (!nodes.has(node.code)) nodes.set(node.code, node);
  }
  return [...nodes.values()];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The edition rows go to: the one named (added with its effective date when new, which must come
 * after every known edition's), or the latest known.
 */
async function resolveEdition(manager: EntityManager, options: HsImportOptions): Promise<number> {
  const { effectiveFrom } = options;
  const isDay = (day: string): boolean => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (effectiveFrom !== undefined && !isDay(effectiveFrom)) {
    throw new Error(`--effective-from "${effectiveFrom}" is not a date like 2027-01-01`);
  }
  const editions = await editionRows.all(manager);
  const latest = editions[editions.length - 1];
  if (options.edition === undefined) {
    if (!latest) throw new Error('No HS edition is known yet: name one with --edition and --effective-from');
    return latest.edition;
  }
  const edition = options.edition;
  if (!Number.isInteger(edition) || edition < 1988 || edition > 2200) throw new Error(`--edition ${edition} is not a year like 2027`);
  const known = editions.find((e) => e.edition === edition);
  if (known) {
    if (effectiveFrom !== undefined && effectiveFrom !== known.effectiveFrom) {
      const at = editions.indexOf(known);
      const [before, after] = [editions[at - 1], editions[at + 1]];
      if ((before && effectiveFrom <= before.effectiveFrom) || (after && effectiveFrom >= after.effectiveFrom)) {
        const bounds = [
          before && `after HS ${before.edition} (${before.effectiveFrom})`,
          after && `before HS ${after.edition} (${after.effectiveFrom})`,
        ];
        throw new Error(`HS ${edition} must enter into force ${bounds.filter(Boolean).join(' and ')}`);
      }
      await editionRows.setEffectiveFrom(manager, { edition, effectiveFrom });
    }
    return edition;
  }
  if (effectiveFrom === undefined) throw new Error(`HS ${edition} is a new edition: say when it enters into force with --effective-from`);
  if (latest && (edition <= latest.edition || effectiveFrom <= latest.effectiveFrom)) {
    throw new Error(`A new edition comes after HS ${latest.edition} (in force from ${latest.effectiveFrom}), in number and in date`);
  }
  await editionRows.insert(manager, { edition, effectiveFrom });
  return edition;
}

/**
 * Imports a nomenclature CSV (see NOMENCLATURE_COLUMNS) with `manager`, inside the caller's
 * transaction: invalid rows are left out and reported; valid rows are upserted in batches. Running
 * it twice on the same file changes nothing the second time.
 */
export async function importHsNomenclatureWith(
  manager: EntityManager,
  csv: string,
  options: HsImportOptions = {},
): Promise<HsImportSummary> {
  const { rows, rejected } = readNomenclatureCsv(csv);
  const batchSize = options.batchSize ?? 500;
  const progress = options.onProgress ?? (() => undefined);
  const zero: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const edition = await resolveEdition(manager, options);

  const sections = await nomenclature.upsert(
    manager,
    edition,
    'sections',
    distinct(rows, (r) => ({ code: r.section, description: r.sectionName, parent: null })),
  );
  const chapters = await nomenclature.upsert(
    manager,
    edition,
    'chapters',
    distinct(rows, (r) => ({ code: r.chapter, description: r.chapterDescription, parent: r.section })),
  );
  let headings = zero;
  const headingNodes = distinct(rows, (r) => ({ code: r.heading, description: r.headingDescription, parent: r.chapter }));
  for (let i = 0; i < headingNodes.length; i += batchSize) {
    headings = add(headings, await nomenclature.upsert(manager, edition, 'headings', headingNodes.slice(i, i + batchSize)));
  }
  let subheadings = zero;
  progress(0, rows.length);
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((r) => ({ code: r.hs6, description: r.description, parent: r.heading }));
    subheadings = add(subheadings, await nomenclature.upsert(manager, edition, 'subheadings', batch));
    progress(Math.min(i + batchSize, rows.length), rows.length);
  }
  await nomenclature.carryLabelsOver(manager, edition);
  await nomenclature.analyze(manager);
  return { edition, rows: rows.length, sections, chapters, headings, subheadings, rejected };
}

/**
 * Imports a nomenclature CSV in one transaction: a malformed file throws before anything is written.
 */
export function importHsNomenclature(dataSource: DataSource, csv: string, options: HsImportOptions = {}): Promise<HsImportSummary> {
  return dataSource.transaction((manager) => importHsNomenclatureWith(manager, csv, options));
}

/** A text file as UTF-8 (gzip-compressed or not), refusing anything else. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new Error(`${path} is not a valid gzip file (${(error as Error).message})`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text`);
  }
}

/** Reads `path` (UTF-8, plain or gzip) and imports it. */
export async function importHsNomenclatureFile(
  dataSource: DataSource,
  path: string,
  options: HsImportOptions = {},
): Promise<HsImportSummary> {
  return importHsNomenclature(dataSource, await readTextFile(path), options);
}
