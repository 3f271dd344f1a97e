import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { DataSource, EntityManager } from 'typeorm';
import { loadHsEditions } from './hs-editions';
import { NomenclatureRow, readNomenclatureCsv, RejectedRow } from './hs-nomenclature-rows';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

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

interface Node {
  code: string;
  description: string;
  parent: string | null;
}

const TABLES = {
  sections: { table: 'hs_sections', parent: null },
  chapters: { table: 'hs_chapters', parent: 'section_code' },
  headings: { table: 'hs_headings', parent: 'chapter_code' },
  subheadings: { table: 'hs_subheadings', parent: 'heading_code' },
} as const;

/**
 * Inserts new codes and updates changed descriptions, leaving identical rows (and Hirfa's labels)
 * untouched. `xmax = 0` in RETURNING marks a row this statement inserted rather than updated; rows
 * the WHERE clause skipped are not returned at all, which is how unchanged rows are counted.
 */
async function upsert(
  manager: EntityManager,
  edition: number,
  level: keyof typeof TABLES,
  nodes: Node[],
): Promise<UpsertCounts> {
  const { table, parent } = TABLES[level];
  if (nodes.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const sql = parent
    ? `INSERT INTO ${table} AS t (edition, code, description, ${parent})
       SELECT $1, * FROM unnest($2::varchar[], $3::text[], $4::varchar[])
       ON CONFLICT (code, edition) DO UPDATE SET description = EXCLUDED.description, ${parent} = EXCLUDED.${parent}
       WHERE (t.description, t.${parent}) IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.${parent})
       RETURNING (xmax = 0) AS inserted`
    : `INSERT INTO ${table} AS t (edition, code, description)
       SELECT $1, * FROM unnest($2::varchar[], $3::text[])
       ON CONFLICT (code, edition) DO UPDATE SET description = EXCLUDED.description
       WHERE t.description IS DISTINCT FROM EXCLUDED.description
       RETURNING (xmax = 0) AS inserted`;
  const params: unknown[] = [edition, nodes.map((n) => n.code), nodes.map((n) => n.description)];
  if (parent) params.push(nodes.map((n) => n.parent));
  const written: { inserted: boolean }[] = await manager.query(sql, params);
  const inserted = written.filter((row) => row.inserted).length;
  return { inserted, updated: written.length - inserted, unchanged: nodes.length - written.length };
}

function add(total: UpsertCounts, part: UpsertCounts): UpsertCounts {
  return {
    inserted: total.inserted + part.inserted,
    updated: total.updated + part.updated,
    unchanged: total.unchanged + part.unchanged,
  };
}

function distinct(rows: NomenclatureRow[], pick: (row: NomenclatureRow) => Node): Node[] {
  const nodes = new Map<string, Node>();
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
  const editions = await loadHsEditions(manager);
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
        const bounds = [before && `after HS ${before.edition} (${before.effectiveFrom})`, after && `before HS ${after.edition} (${after.effectiveFrom})`];
        throw new Error(`HS ${edition} must enter into force ${bounds.filter(Boolean).join(' and ')}`);
      }
      await manager.query('UPDATE hs_editions SET effective_from = $2 WHERE edition = $1', [edition, effectiveFrom]);
    }
    return edition;
  }
  if (effectiveFrom === undefined) throw new Error(`HS ${edition} is a new edition: say when it enters into force with --effective-from`);
  if (latest && (edition <= latest.edition || effectiveFrom <= latest.effectiveFrom)) {
    throw new Error(`A new edition comes after HS ${latest.edition} (in force from ${latest.effectiveFrom}), in number and in date`);
  }
  await manager.query('INSERT INTO hs_editions (edition, effective_from) VALUES ($1, $2)', [edition, effectiveFrom]);
  return edition;
}

/** Hirfa's labels of a code carry over to the same code in the next edition, unless it has its own. */
async function carryLabelsOver(manager: EntityManager, edition: number): Promise<void> {
  for (const table of ['hs_headings', 'hs_subheadings']) {
    await manager.query(
      `UPDATE ${table} n SET labels = o.labels
         FROM ${table} o
        WHERE n.edition = $1 AND n.labels IS NULL AND o.code = n.code AND o.labels IS NOT NULL
          AND o.edition = (SELECT p.edition FROM hs_editions p, hs_editions c
                            WHERE c.edition = $1 AND p.effective_from < c.effective_from
                            ORDER BY p.effective_from DESC LIMIT 1)`,
      [edition],
    );
  }
}

/**
 * Imports a nomenclature CSV (see NOMENCLATURE_COLUMNS) with `manager`, inside the caller's
 * transaction: invalid rows are left out and reported; valid rows are upserted in batches. Running
 * it twice on the same file changes nothing the second time.
 */
export async function importHsNomenclatureWith(manager: EntityManager, csv: string, options: HsImportOptions = {}): Promise<HsImportSummary> {
  const { rows, rejected } = readNomenclatureCsv(csv);
  const batchSize = options.batchSize ?? 500;
  const progress = options.onProgress ?? (() => undefined);
  const zero: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const edition = await resolveEdition(manager, options);

  const sections = await upsert(manager, edition, 'sections', distinct(rows, (r) => ({ code: r.section, description: r.sectionName, parent: null })));
  const chapters = await upsert(manager, edition, 'chapters', distinct(rows, (r) => ({ code: r.chapter, description: r.chapterDescription, parent: r.section })));
  let headings = zero;
  const headingNodes = distinct(rows, (r) => ({ code: r.heading, description: r.headingDescription, parent: r.chapter }));
  for (let i = 0; i < headingNodes.length; i += batchSize) {
    headings = add(headings, await upsert(manager, edition, 'headings', headingNodes.slice(i, i + batchSize)));
  }
  let subheadings = zero;
  progress(0, rows.length);
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((r) => ({ code: r.hs6, description: r.description, parent: r.heading }));
    subheadings = add(subheadings, await upsert(manager, edition, 'subheadings', batch));
    progress(Math.min(i + batchSize, rows.length), rows.length);
  }
  await carryLabelsOver(manager, edition);
  // Fresh statistics, or the planner may scan a whole edition instead of using the search indexes.
  await manager.query('ANALYZE hs_sections, hs_chapters, hs_headings, hs_subheadings');
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
export async function importHsNomenclatureFile(dataSource: DataSource, path: string, options: HsImportOptions = {}): Promise<HsImportSummary> {
  return importHsNomenclature(dataSource, await readTextFile(path), options);
}
