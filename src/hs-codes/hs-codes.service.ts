import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { HsCodeDetailView, HsLevel } from './dto/hs-code-detail.view';
import { HsCodePageView } from './dto/hs-code-page.view';
import { HsCodeSummaryView } from './dto/hs-code-summary.view';
import { HsEditionsView } from './dto/hs-edition.view';
import { HsNodeView } from './dto/hs-node.view';
import { HsEditionRepository } from './hs-edition.repository';
import { editionInForce, requireEditionInForce } from './hs-edition-in-force';
import { HsNomenclatureRepository, HsSubheadingSummary } from './hs-nomenclature.repository';

export interface HsSearch {
  q?: string;
  edition?: number;
  chapter?: string;
  limit: number;
  cursor?: string;
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
const SEARCH_STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'of',
  'the',
  'for',
  'with',
  'in',
  'de',
  'des',
  'du',
  'd',
  'la',
  'le',
  'les',
  'l',
  'en',
  'et',
  'au',
  'aux',
  'pour',
  'avec',
  'من',
  'في',
  'مع',
]);

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
  constructor(
    private readonly transactions: Transactions,
    private readonly nomenclature: HsNomenclatureRepository,
    private readonly editionRows: HsEditionRepository,
  ) {}

  /** Read each time rather than cached: a code is checked against the editions as they are now. */
  private async inForce(tx: EntityManager): Promise<number> {
    return requireEditionInForce(await this.editionRows.all(tx), new Date());
  }

  /**
   * A product's customs code: 6 to 10 digits (national tariff lines add digits) whose first 6 are a
   * subheading of `edition`, by default the edition in force today. Nothing is padded or guessed;
   * anything else is INVALID_HS_CODE (422). Returns the edition the code was checked against.
   */
  async assertValidProductCode(code: unknown, manager: EntityManager = this.transactions.manager, edition?: number): Promise<number> {
    if (typeof code !== 'string' || !/^\d{6,10}$/.test(code)) {
      throw new DomainError('INVALID_HS_CODE', `An HS code is 6 to 10 digits with no dots or spaces, got ${JSON.stringify(code)}`, {
        code,
      });
    }
    const checked = edition ?? (await this.inForce(manager));
    const subheading = code.slice(0, 6);
    if (!(await this.nomenclature.subheadingExists(manager, subheading, checked))) {
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
    const editions = await this.editionRows.all(this.transactions.manager);
    const inForce = editionInForce(editions, new Date());
    const counts = await this.nomenclature.subheadingCounts(this.transactions.manager);
    return {
      items: editions.map((e) => ({
        ...e,
        inForce: e.edition === inForce,
        subheadings: counts.find((c) => c.edition === e.edition)?.subheadings ?? 0,
      })),
    };
  }

  async lookup(code: string, edition?: number): Promise<HsCodeDetailView> {
    const level = LEVEL_BY_LENGTH[code.length];
    const tx = this.transactions.manager;
    const chosen = edition ?? (await this.inForce(tx));
    const row = await this.nomenclature.path(tx, code, chosen);
    if (!row) throw new DomainError('NOT_FOUND', `There is no HS ${level} ${code}${edition === undefined ? '' : ` in HS ${edition}`}`);
    const chapter: HsNodeView = { code: row.chapterCode, description: row.chapterDescription, labels: null };
    const section: HsNodeView = { code: row.sectionCode, description: row.sectionDescription, labels: null };
    const heading: HsNodeView | null = row.headingCode
      ? { code: row.headingCode, description: row.headingDescription!, labels: row.headingLabels }
      : null;
    const children = code.length === 6 ? [] : await this.nomenclature.children(tx, code, chosen);
    return {
      edition: chosen,
      code: row.code,
      level,
      description: row.description,
      labels: row.labels,
      heading,
      chapter,
      section,
      children,
    };
  }

  /** Subheadings by code prefix, or by words (full text, typo-tolerant, accents and Arabic spelling folded). */
  async search(search: HsSearch): Promise<HsCodePageView> {
    const offset = decodeCursor(search.cursor);
    const tx = this.transactions.manager;
    const edition = search.edition ?? (await this.inForce(tx));
    const page = { edition, chapter: search.chapter ?? null, limit: search.limit + 1, offset };
    const q = search.q ?? '';
    const digits = q.replace(/[\s.]/g, '');
    let rows: HsSubheadingSummary[];
    if (/^\d{1,10}$/.test(digits) || q === '') {
      // National lines (8 or 10 digits) are looked up by their international 6-digit part.
      rows = await this.nomenclature.byPrefix(tx, digits.slice(0, 6), page);
    } else {
      const words = searchWords(q);
      rows = await this.nomenclature.byWords(tx, q, words.join(' or '), words.join(' '), page);
    }
    const items: HsCodeSummaryView[] = rows.slice(0, search.limit).map((row) => ({
      code: row.code,
      description: row.description,
      labels: row.labels,
      headingCode: row.headingCode,
      chapterCode: row.code.slice(0, 2),
    }));
    return { items, nextCursor: rows.length > search.limit ? encodeCursor(offset + search.limit) : null };
  }
}
