import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { HsCodeDetailView, HsLevel } from './dto/hs-code-detail.view';
import { HsCodePageView } from './dto/hs-code-page.view';
import { HsCodeSummaryView } from './dto/hs-code-summary.view';
import { HsLabelsView } from './dto/hs-labels.view';
import { HsEditionsView } from './dto/hs-edition.view';
import { HsNodeView } from './dto/hs-node.view';
import { editionInForce } from './hs-edition-in-force';
import { loadEditionInForce, loadHsEditions } from './hs-editions';

export interface HsSearch {
  q?: string;
  edition?: number;
  chapter?: string;
  limit: number;
  cursor?: string;
}

interface SummaryRow {
  code: string;
  description: string;
  labels: HsLabelsView | null;
  heading_code: string;
}

interface PathRow {
  code: string;
  description: string;
  labels: HsLabelsView | null;
  heading_code: string | null;
  heading_description: string | null;
  heading_labels: HsLabelsView | null;
  chapter_code: string;
  chapter_description: string;
  section_code: string;
  section_description: string;
}

/** Offsets stay opaque to clients, so paging can change without breaking them. */
function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new DomainError('VALIDATION_FAILED', 'cursor is not a value this API returned');
  return Number(match[1]);
}

// Words that would make every French or English label match ("sac en cuir").
const SEARCH_STOPWORDS = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'with', 'in', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'en', 'et', 'au', 'aux', 'pour', 'avec', 'من', 'في', 'مع']);

/**
 * The query's words for websearch_to_tsquery: only letters and digits survive, so no search operator
 * ("-", quotes) can come from the user; the caller joins them with "or" or spaces.
 */
function searchWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'or' && !SEARCH_STOPWORDS.has(word));
}

const LEVEL_BY_LENGTH: Record<number, HsLevel> = { 2: 'chapter', 4: 'heading', 6: 'subheading' };

@Injectable()
export class HsCodesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A product's customs code: 6 to 10 digits (national tariff lines add digits) whose first 6 are a
   * subheading of `edition`, by default the edition in force today. Nothing is padded or guessed;
   * anything else is INVALID_HS_CODE (422). Returns the edition the code was checked against.
   */
  async assertValidProductCode(code: unknown, manager: EntityManager = this.dataSource.manager, edition?: number): Promise<number> {
    if (typeof code !== 'string' || !/^\d{6,10}$/.test(code)) {
      throw new DomainError('INVALID_HS_CODE', `An HS code is 6 to 10 digits with no dots or spaces, got ${JSON.stringify(code)}`, { code });
    }
    const checked = edition ?? (await loadEditionInForce(manager));
    const subheading = code.slice(0, 6);
    const rows: unknown[] = await manager.query('SELECT 1 FROM hs_subheadings WHERE code = $1 AND edition = $2', [subheading, checked]);
    if (rows.length === 0) {
      const inForce = edition === undefined ? ', the edition in force' : '';
      throw new DomainError('INVALID_HS_CODE', `HS code ${code}: ${subheading} is not a subheading of HS ${checked}${inForce}`, {
        code,
        subheading,
        edition: checked,
      });
    }
    return checked;
  }

  /** The editions known, with the one in force today. */
  async editions(): Promise<HsEditionsView> {
    const editions = await loadHsEditions(this.dataSource.manager);
    const inForce = editionInForce(editions, new Date());
    const counts: { edition: number; n: number }[] = await this.dataSource.query(
      'SELECT edition, count(*)::int AS n FROM hs_subheadings GROUP BY edition',
    );
    return {
      items: editions.map((e) => ({
        ...e,
        inForce: e.edition === inForce,
        subheadings: counts.find((c) => c.edition === e.edition)?.n ?? 0,
      })),
    };
  }

  async lookup(code: string, edition?: number): Promise<HsCodeDetailView> {
    const level = LEVEL_BY_LENGTH[code.length];
    const chosen = edition ?? (await loadEditionInForce(this.dataSource.manager));
    const row = await this.path(code, chosen);
    if (!row) throw new DomainError('NOT_FOUND', `There is no HS ${level} ${code}${edition === undefined ? '' : ` in HS ${edition}`}`);
    const chapter: HsNodeView = { code: row.chapter_code, description: row.chapter_description, labels: null };
    const section: HsNodeView = { code: row.section_code, description: row.section_description, labels: null };
    const heading: HsNodeView | null = row.heading_code
      ? { code: row.heading_code, description: row.heading_description!, labels: row.heading_labels }
      : null;
    const children = await this.children(code, chosen);
    return { edition: chosen, code: row.code, level, description: row.description, labels: row.labels, heading, chapter, section, children };
  }

  /** Subheadings by code prefix, or by words (full text, typo-tolerant, accents and Arabic spelling folded). */
  async search(search: HsSearch): Promise<HsCodePageView> {
    const offset = decodeCursor(search.cursor);
    const edition = search.edition ?? (await loadEditionInForce(this.dataSource.manager));
    const q = search.q ?? '';
    const digits = q.replace(/[\s.]/g, '');
    let rows: SummaryRow[];
    if (/^\d{1,10}$/.test(digits) || q === '') {
      // National lines (8 or 10 digits) are looked up by their international 6-digit part.
      rows = await this.dataSource.query(
        `SELECT s.code, s.description, s.labels, s.heading_code FROM hs_subheadings s
          WHERE starts_with(s.code, $1) AND ($2::text IS NULL OR starts_with(s.code, $2)) AND s.edition = $5
          ORDER BY s.code LIMIT $3 OFFSET $4`,
        [digits.slice(0, 6), search.chapter ?? null, search.limit + 1, offset, edition],
      );
    } else {
      const words = searchWords(q);
      // Matches on any word, or a typo of the whole query (at the pool's word similarity, see
      // data-source-options); ranks first what has every word.
      rows = await this.dataSource.query(
        `SELECT s.code, s.description, s.labels, s.heading_code
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
        [q, words.join(' or '), words.join(' '), search.chapter ?? null, search.limit + 1, offset, edition],
      );
    }
    const items: HsCodeSummaryView[] = rows.slice(0, search.limit).map((row) => ({
      code: row.code,
      description: row.description,
      labels: row.labels,
      headingCode: row.heading_code,
      chapterCode: row.code.slice(0, 2),
    }));
    return { items, nextCursor: rows.length > search.limit ? encodeCursor(offset + search.limit) : null };
  }

  /** The code's row with its heading (itself for a heading, none for a chapter), chapter and section. */
  private async path(code: string, edition: number): Promise<PathRow | undefined> {
    const upper = `c.code AS chapter_code, c.description AS chapter_description, sec.code AS section_code, sec.description AS section_description
                   FROM hs_chapters c JOIN hs_sections sec ON sec.edition = c.edition AND sec.code = c.section_code`;
    const sql = {
      6: `SELECT s.code, s.description, s.labels, h.code AS heading_code, h.description AS heading_description, h.labels AS heading_labels, ${upper}
            JOIN hs_headings h ON h.edition = c.edition AND h.chapter_code = c.code
            JOIN hs_subheadings s ON s.edition = h.edition AND s.heading_code = h.code
           WHERE s.code = $1 AND c.edition = $2`,
      4: `SELECT h.code, h.description, h.labels, h.code AS heading_code, h.description AS heading_description, h.labels AS heading_labels, ${upper}
            JOIN hs_headings h ON h.edition = c.edition AND h.chapter_code = c.code
           WHERE h.code = $1 AND c.edition = $2`,
      2: `SELECT c.code, c.description, NULL::jsonb AS labels, NULL AS heading_code, NULL AS heading_description, NULL::jsonb AS heading_labels, ${upper}
           WHERE c.code = $1 AND c.edition = $2`,
    }[code.length as 2 | 4 | 6];
    const rows: PathRow[] = await this.dataSource.query(sql, [code, edition]);
    return rows[0];
  }

  private children(code: string, edition: number): Promise<HsNodeView[]> {
    if (code.length === 6) return Promise.resolve([]);
    const table = code.length === 4 ? 'hs_subheadings WHERE heading_code = $1' : 'hs_headings WHERE chapter_code = $1';
    return this.dataSource.query(`SELECT code, description, labels FROM ${table} AND edition = $2 ORDER BY code`, [code, edition]);
  }
}
