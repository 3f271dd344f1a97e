import { readFile } from 'node:fs/promises';
import { DataSource, EntityManager } from 'typeorm';
import { NomenclatureRow, readNomenclatureCsv, RejectedRow } from './hs-nomenclature-rows';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface HsImportSummary {
  /** Valid subheading rows in the file. */
  rows: number;
  sections: UpsertCounts;
  chapters: UpsertCounts;
  headings: UpsertCounts;
  subheadings: UpsertCounts;
  rejected: RejectedRow[];
}

export interface HsImportOptions {
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
async function upsert(manager: EntityManager, level: keyof typeof TABLES, nodes: Node[]): Promise<UpsertCounts> {
  const { table, parent } = TABLES[level];
  if (nodes.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const sql = parent
    ? `INSERT INTO ${table} AS t (code, description, ${parent})
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::varchar[])
       ON CONFLICT (code) DO UPDATE SET description = EXCLUDED.description, ${parent} = EXCLUDED.${parent}
       WHERE (t.description, t.${parent}) IS DISTINCT FROM (EXCLUDED.description, EXCLUDED.${parent})
       RETURNING (xmax = 0) AS inserted`
    : `INSERT INTO ${table} AS t (code, description)
       SELECT * FROM unnest($1::varchar[], $2::text[])
       ON CONFLICT (code) DO UPDATE SET description = EXCLUDED.description
       WHERE t.description IS DISTINCT FROM EXCLUDED.description
       RETURNING (xmax = 0) AS inserted`;
  const params: unknown[] = [nodes.map((n) => n.code), nodes.map((n) => n.description)];
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

/**
 * Imports a nomenclature CSV (see NOMENCLATURE_COLUMNS) in one transaction: a malformed file throws
 * before anything is written; invalid rows are left out and reported; valid rows are upserted in
 * batches. Running it twice on the same file changes nothing the second time.
 */
export async function importHsNomenclature(dataSource: DataSource, csv: string, options: HsImportOptions = {}): Promise<HsImportSummary> {
  const { rows, rejected } = readNomenclatureCsv(csv);
  const batchSize = options.batchSize ?? 500;
  const progress = options.onProgress ?? (() => undefined);
  const zero: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };

  return dataSource.transaction(async (manager) => {
    const sections = await upsert(manager, 'sections', distinct(rows, (r) => ({ code: r.section, description: r.sectionName, parent: null })));
    const chapters = await upsert(manager, 'chapters', distinct(rows, (r) => ({ code: r.chapter, description: r.chapterDescription, parent: r.section })));
    let headings = zero;
    const headingNodes = distinct(rows, (r) => ({ code: r.heading, description: r.headingDescription, parent: r.chapter }));
    for (let i = 0; i < headingNodes.length; i += batchSize) {
      headings = add(headings, await upsert(manager, 'headings', headingNodes.slice(i, i + batchSize)));
    }
    let subheadings = zero;
    progress(0, rows.length);
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize).map((r) => ({ code: r.hs6, description: r.description, parent: r.heading }));
      subheadings = add(subheadings, await upsert(manager, 'subheadings', batch));
      progress(Math.min(i + batchSize, rows.length), rows.length);
    }
    return { rows: rows.length, sections, chapters, headings, subheadings, rejected };
  });
}

/** Reads `path` as UTF-8 (refusing anything else) and imports it. */
export async function importHsNomenclatureFile(dataSource: DataSource, path: string, options: HsImportOptions = {}): Promise<HsImportSummary> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path} is not UTF-8 text`);
  }
  return importHsNomenclature(dataSource, text, options);
}
