import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { HsChapter } from './hs-chapter';
import type { HsSection } from './hs-section';
import type { HsSubheading } from './hs-subheading';

/** A section, chapter, heading or subheading as lists show it. */
export type HsNode = Pick<HsSubheading, 'code' | 'description' | 'labels'>;
export type HsSubheadingSummary = HsNode & Pick<HsSubheading, 'headingCode'>;

/** A code with its heading (itself for a heading, none for a chapter), chapter and section. */
export type HsCodePath = HsNode & {
  headingCode: string | null;
  headingDescription: string | null;
  headingLabels: HsSubheading['labels'];
  chapterCode: HsChapter['code'];
  chapterDescription: HsChapter['description'];
  sectionCode: HsSection['code'];
  sectionDescription: HsSection['description'];
};

export interface HsPage {
  edition: number;
  /** Only codes of this chapter. */
  chapter: string | null;
  limit: number;
  offset: number;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type HsLevel = 'sections' | 'chapters' | 'headings' | 'subheadings';

/** A code to import, under its parent (none for a section). */
export interface HsImportNode {
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

/** The nomenclature of each edition: sections, chapters, headings and subheadings. */
@Injectable()
export class HsNomenclatureRepository {
  async subheadingExists(tx: EntityManager, code: string, edition: number): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM hs_subheadings WHERE code = $1 AND edition = $2', [code, edition]);
    return rows.length > 0;
  }

  /** Which of `codes` are subheadings of the edition. */
  async existingSubheadings(tx: EntityManager, edition: number, codes: string[]): Promise<Set<string>> {
    const rows: Pick<HsSubheading, 'code'>[] = await tx.query(
      'SELECT code FROM hs_subheadings WHERE edition = $1 AND code = ANY($2::varchar[])',
      [edition, [...new Set(codes)]],
    );
    return new Set(rows.map((row) => row.code));
  }

  subheadingCounts(tx: EntityManager): Promise<{ edition: number; subheadings: number }[]> {
    return tx.query('SELECT edition, count(*)::int AS subheadings FROM hs_subheadings GROUP BY edition');
  }

  /** Every subheading of the edition, for the suggester's index. */
  subheadings(tx: EntityManager, edition: number): Promise<HsNode[]> {
    return tx.query('SELECT code, description, labels FROM hs_subheadings WHERE edition = $1 ORDER BY code', [edition]);
  }

  /** Subheadings whose code starts with `prefix`, in code order. */
  byPrefix(tx: EntityManager, prefix: string, page: HsPage): Promise<HsSubheadingSummary[]> {
    return tx.query(
      `SELECT s.code, s.description, s.labels, s.heading_code AS "headingCode" FROM hs_subheadings s
        WHERE starts_with(s.code, $1) AND ($2::text IS NULL OR starts_with(s.code, $2)) AND s.edition = $5
        ORDER BY s.code LIMIT $3 OFFSET $4`,
      [prefix, page.chapter, page.limit, page.offset, page.edition],
    );
  }

  /**
   * Subheadings matching any of `anyWords` (websearch syntax), or a typo of the whole `text` (at the
   * pool's word similarity, see data-source-options); ranks first what has all of `everyWord`.
   */
  byWords(tx: EntityManager, text: string, anyWords: string, everyWord: string, page: HsPage): Promise<HsSubheadingSummary[]> {
    return tx.query(
      `SELECT s.code, s.description, s.labels, s.heading_code AS "headingCode"
         FROM hs_subheadings s,
              (SELECT public.hs_fold($1) AS text,
                      websearch_to_tsquery('english', public.hs_fold($2)) AS any_word,
                      websearch_to_tsquery('english', public.hs_fold($3)) AS every_word) q
        WHERE (s.search_vector @@ q.any_word OR q.text <% s.search_text)
          AND ($4::text IS NULL OR starts_with(s.code, $4)) AND s.edition = $7
        ORDER BY CASE WHEN s.search_vector @@ q.every_word THEN 1 ELSE 0 END
                 + ts_rank(s.search_vector, q.any_word)
                 + word_similarity(q.text, s.search_text)
                 + CASE WHEN s.labels IS NULL THEN 0 ELSE 0.1 END DESC,
                 s.code
        LIMIT $5 OFFSET $6`,
      [text, anyWords, everyWord, page.chapter, page.limit, page.offset, page.edition],
    );
  }

  /** A chapter (2 digits), heading (4) or subheading (6) with what it sits under. */
  async path(tx: EntityManager, code: string, edition: number): Promise<HsCodePath | undefined> {
    const upper = `c.code AS "chapterCode", c.description AS "chapterDescription", sec.code AS "sectionCode",
                   sec.description AS "sectionDescription"
                   FROM hs_chapters c JOIN hs_sections sec ON sec.edition = c.edition AND sec.code = c.section_code`;
    const heading = `h.code AS "headingCode", h.description AS "headingDescription", h.labels AS "headingLabels"`;
    const sql = {
      6: `SELECT s.code, s.description, s.labels, ${heading}, ${upper}
            JOIN hs_headings h ON h.edition = c.edition AND h.chapter_code = c.code
            JOIN hs_subheadings s ON s.edition = h.edition AND s.heading_code = h.code
           WHERE s.code = $1 AND c.edition = $2`,
      4: `SELECT h.code, h.description, h.labels, ${heading}, ${upper}
            JOIN hs_headings h ON h.edition = c.edition AND h.chapter_code = c.code
           WHERE h.code = $1 AND c.edition = $2`,
      2: `SELECT c.code, c.description, NULL::jsonb AS labels, NULL AS "headingCode", NULL AS "headingDescription",
                 NULL::jsonb AS "headingLabels", ${upper}
           WHERE c.code = $1 AND c.edition = $2`,
    }[code.length as 2 | 4 | 6];
    const rows: HsCodePath[] = await tx.query(sql, [code, edition]);
    return rows[0];
  }

  /** The headings of a chapter or the subheadings of a heading. */
  children(tx: EntityManager, code: string, edition: number): Promise<HsNode[]> {
    const table = code.length === 4 ? 'hs_subheadings WHERE heading_code = $1' : 'hs_headings WHERE chapter_code = $1';
    return tx.query(`SELECT code, description, labels FROM ${table} AND edition = $2 ORDER BY code`, [code, edition]);
  }

  /**
   * Inserts new codes and updates changed descriptions, leaving identical rows (and Hirfa's labels)
   * untouched. `xmax = 0` in RETURNING marks a row this statement inserted rather than updated; rows
   * the WHERE clause skipped are not returned at all, which is how unchanged rows are counted.
   */
  async upsert(tx: EntityManager, edition: number, level: HsLevel, nodes: HsImportNode[]): Promise<UpsertCounts> {
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
    const written: { inserted: boolean }[] = await tx.query(sql, params);
    const inserted = written.filter((row) => row.inserted).length;
    return { inserted, updated: written.length - inserted, unchanged: nodes.length - written.length };
  }

  /** Hirfa's labels of a code carry over to the same code in the next edition, unless it has its own. */
  async carryLabelsOver(tx: EntityManager, edition: number): Promise<void> {
    for (const table of ['hs_headings', 'hs_subheadings']) {
      await tx.query(
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

  /** Fresh statistics, or the planner may scan a whole edition instead of using the search indexes. */
  async analyze(tx: EntityManager): Promise<void> {
    await tx.query('ANALYZE hs_sections, hs_chapters, hs_headings, hs_subheadings');
  }
}
