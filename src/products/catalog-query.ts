import { createHash } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import type { CatalogView, ProductSort } from './dto/list-products.query';
import type { ProductCard, PublicProduct } from './product';

/** Columns of a full catalog row: the product page, and lists asked for `view=full`. */
const FULL_COLUMNS = `p.id, p.cooperative_id AS "cooperativeId", p.title, p.description, p.branch, p.hs_code AS "hsCode",
  p.hs_edition AS "hsEdition", p.price_minor AS "priceMinor", p.currency, p.stock, p.sku, p.weight_grams AS "weightGrams",
  p.dimensions_cm AS "dimensionsCm", p.materials, p.images, p.made_by AS "madeBy", p.status, p.status_reason AS "statusReason",
  p.published_at AS "publishedAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.version,
  c.name AS "coopName", c.region AS "coopRegion", c.city AS "coopCity", p.published_at::text AS "publishedKey"`;

/**
 * Columns of a listing card: what a list or search page shows, a fraction of a full row's bytes
 * (published_at for the index stage's sort). Of the images, only the first ready one with
 * derivatives, the one MediaUrls.cardThumbnail shows.
 */
const CARD_COLUMNS = `p.id, p.cooperative_id AS "cooperativeId", p.title, p.price_minor AS "priceMinor", p.currency, p.stock,
  (SELECT i FROM jsonb_array_elements(p.images) i WHERE i->>'status' = 'ready' AND jsonb_array_length(i->'variants') > 0 LIMIT 1)
    AS "thumbnailImage",
  c.name AS "coopName", c.region AS "coopRegion", p.published_at AS "publishedAt", p.published_at::text AS "publishedKey"`;

const COLUMNS: Record<CatalogView, string> = { card: CARD_COLUMNS, full: FULL_COLUMNS };

/** Buyers see published products of approved cooperatives only. */
const PUBLISHED = `p.status = 'published'`;
const APPROVED = `c.status = 'approved'`;
const VISIBLE = `${PUBLISHED} AND ${APPROVED}`;

/** The text search configurations a query may be parsed with; see the products migration's vectors. */
export type TextConfig = 'arabic' | 'english' | 'french' | 'simple';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F]/;

/**
 * One configuration per query instead of the union of all four: Arabic script is stemmed as Arabic;
 * Latin script by the language the client reads, when it said so, else matched word for word (the
 * vectors hold every title word unstemmed too). Words a stemmer does not reach fall to the typo stage.
 */
export function textConfigFor(q: string, lang?: string): TextConfig {
  if (ARABIC_LETTER.test(q)) return 'arabic';
  if (lang === 'fr') return 'french';
  if (lang === 'en') return 'english';
  return 'simple';
}

/**
 * How a search matches, in the order results are shown:
 * T — the words are in the title; D — elsewhere (description, materials, maker) but not the title;
 * F — words matched as written (any sort other than relevance);
 * Z — no word matches exactly anywhere: typo-tolerant trigram similarity instead;
 * N — no search text.
 * Each stage is one indexable condition, so a search never scans the table computing similarities.
 */
type Stage = 'T' | 'D' | 'F' | 'Z' | 'N';

// Search statements are planned with their values, so the planner folds this into a constant.
const tsquery = (q: string, config: TextConfig): string => `websearch_to_tsquery('${config}', f_search_norm(${q}))`;

// The configuration is one of four literals, never the client's text.
const STAGE_MATCH: Record<Stage, (q: string, config: TextConfig) => string | undefined> = {
  T: (q, config) => `p.title_vector @@ ${tsquery(q, config)}`,
  D: (q, config) => `p.search_vector @@ ${tsquery(q, config)} AND NOT (p.title_vector @@ ${tsquery(q, config)})`,
  F: (q, config) => `p.search_vector @@ ${tsquery(q, config)}`,
  Z: (q) => `f_search_norm(${q}) <% p.search_text`,
  N: () => undefined,
};

interface SortSpec {
  /** On products p. */
  order: string;
  /** The same order on selected rows p (their camelCase columns). */
  rowOrder: string;
  /** The sort key as text, as `key` reads it from a row. */
  keyText: string;
  key: (row: CatalogRow) => string;
  after: (keyParam: string, idParam: string) => string;
}

const BY_NEWEST: SortSpec = {
  order: 'p.published_at DESC, p.id DESC',
  rowOrder: 'p."publishedAt" DESC, p.id DESC',
  keyText: 'p.published_at::text',
  key: (row) => row.publishedKey,
  after: (k, id) => `(p.published_at, p.id) < (${k}::timestamptz, ${id}::uuid)`,
};

export const CATALOG_SORTS: Record<ProductSort, SortSpec> = {
  // Within a relevance stage, newer first.
  relevance: BY_NEWEST,
  newest: BY_NEWEST,
  price_asc: {
    order: 'p.price_minor ASC, p.id ASC',
    rowOrder: 'p."priceMinor" ASC, p.id ASC',
    keyText: 'p.price_minor::text',
    key: (row) => String(row.priceMinor),
    after: (k, id) => `(p.price_minor, p.id) > (${k}::int, ${id}::uuid)`,
  },
  price_desc: {
    order: 'p.price_minor DESC, p.id DESC',
    rowOrder: 'p."priceMinor" DESC, p.id DESC',
    keyText: 'p.price_minor::text',
    key: (row) => String(row.priceMinor),
    after: (k, id) => `(p.price_minor, p.id) < (${k}::int, ${id}::uuid)`,
  },
};

/** Where a page starts: the sort key and id of the row before it. */
interface Cursor {
  key: string;
  id: string;
}

/** The row each view selects. */
export interface CatalogRows {
  card: ProductCard;
  full: PublicProduct;
}

/** A listed row, with its publication time as text: the exact key a cursor carries (a Date drops the microseconds). */
type CatalogRow<V extends CatalogView = CatalogView> = CatalogRows[V] & { publishedKey: string };

/** A window statement's row: a match (id null when there is none) with where the window ended. */
type WindowRow<V extends CatalogView> = CatalogRow<V> & {
  windowEndId: string | null;
  windowEndKey: string | null;
  /** Whether the words match any product at all (first window of a word stage only). */
  anyMatch?: boolean;
};

export interface CatalogFilter<V extends CatalogView = 'card'> {
  q?: string;
  /** The language the client reads (ar, fr, en), if it said: chooses the stemmer of Latin-script queries. */
  lang?: string;
  /** Cards by default. */
  view?: V;
  branch?: string;
  cooperativeId?: string;
  region?: string;
  hsChapter?: string;
  /** Bounds already in MAD minor units. */
  minPriceMad?: number;
  maxPriceMad?: number;
  sort: ProductSort;
  cursor?: string;
  limit: number;
}

/**
 * Runs one statement. `name` is set for statements whose best plan does not depend on the values
 * (no search text): the runner may prepare them once per connection and skip planning afterwards.
 * Search statements stay unnamed, so each is planned for its own words.
 */
export type RunQuery = <T>(sql: string, params: unknown[], name?: string) => Promise<T[]>;

export function statementName(sql: string): string {
  return `catalog_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ field, errors: [message] }]);
}

function stagesFor(filter: CatalogFilter<CatalogView>): Stage[] {
  if (!filter.q) return ['N'];
  return filter.sort === 'relevance' ? ['T', 'D'] : ['F'];
}

/** A stage's conditions: its match, and the others on products p (filters, cursor) and on their cooperatives c. */
function stageWhere(
  filter: CatalogFilter<CatalogView>,
  stage: Stage,
  after: Cursor | undefined,
  param: (value: unknown) => string,
): { match?: string; product: string[]; cooperative: string[] } {
  const match = STAGE_MATCH[stage](stage === 'N' ? '' : `${param(filter.q)}::text`, textConfigFor(filter.q ?? '', filter.lang));
  const product = [PUBLISHED];
  const cooperative = [APPROVED];
  if (filter.branch) product.push(`p.branch = ${param(filter.branch)}`);
  if (filter.cooperativeId) product.push(`p.cooperative_id = ${param(filter.cooperativeId)}`);
  if (filter.region) cooperative.push(`c.region = ${param(filter.region)}`);
  if (filter.hsChapter) product.push(`p.hs_code LIKE ${param(`${filter.hsChapter}%`)}`);
  if (filter.minPriceMad !== undefined) product.push(`p.price_minor >= ${param(filter.minPriceMad)}`);
  if (filter.maxPriceMad !== undefined) product.push(`p.price_minor <= ${param(filter.maxPriceMad)}`);
  if (after) product.push(CATALOG_SORTS[filter.sort].after(param(after.key), param(after.id)));
  return { match, product, cooperative };
}

/** The catalog without search text: an index in page order serves it whatever the values. */
function listQuery(filter: CatalogFilter<CatalogView>, limit: number, after?: Cursor): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const { product, cooperative } = stageWhere(filter, 'N', after, param);
  return {
    sql: `SELECT ${COLUMNS[filter.view ?? 'card']} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
           WHERE ${[...product, ...cooperative].join(' AND ')} ORDER BY ${CATALOG_SORTS[filter.sort].order} LIMIT ${param(limit)}`,
    params,
  };
}

/**
 * Rows a matching stage first reads in page order (see stageRows): words are tested against a row
 * in about 1 µs, trigram similarity in about 15 µs, so either first window costs 0.5 to 2 ms. Words
 * on one product in twelve fill a page of 20 within it; for typos it mostly measures how dense
 * the matches are.
 */
const WINDOW_ROWS: Record<Exclude<Stage, 'N'>, number> = { T: 500, D: 500, F: 500, Z: 120 };

/**
 * The matches among the next `size` published products in page order (product filters and cursor
 * applied), and the key of the window's last row if the window is full: where the rest of the
 * search starts. One statement, always at least one row (a match-less row when nothing matched);
 * the matches are read in page order only until the page is full, and the end is read from the
 * catalog's index on its own.
 * The match is a column, not a condition, so that it costs no selectivity estimate (1.5 ms for
 * trigram similarity), which could not change this plan anyway. `anyMatch` also asks whether the
 * words are in the index at all (a GIN lookup), so that a word no product has costs no more windows.
 */
function windowQuery(
  filter: CatalogFilter<CatalogView>,
  stage: Stage,
  size: number,
  limit: number,
  after: Cursor | undefined,
  anyMatch: boolean,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const { match, product, cooperative } = stageWhere(filter, stage, after, param);
  const spec = CATALOG_SORTS[filter.sort];
  const sizeParam = param(size);
  const anyMatchOf = (q: string): string =>
    `(SELECT EXISTS (SELECT 1 FROM products p WHERE ${STAGE_MATCH.F(q, textConfigFor(filter.q ?? '', filter.lang))}))`;
  const any = anyMatch ? `, ${anyMatchOf(`${param(filter.q)}::text`)} AS "anyMatch"` : '';
  // The window is a range of products, whatever their cooperative: the region filters its matches only.
  return {
    sql: `SELECT p.*, w_end.id AS "windowEndId", w_end.key AS "windowEndKey"${any}
            FROM (SELECT 1) one
            LEFT JOIN (SELECT p.id, ${spec.keyText} AS key FROM products p
                        WHERE ${product.join(' AND ')} ORDER BY ${spec.order} OFFSET ${sizeParam} - 1 LIMIT 1) w_end ON true
            LEFT JOIN LATERAL (SELECT ${COLUMNS[filter.view ?? 'card']}
                                 FROM (SELECT p.*, (${match}) AS window_match FROM products p
                                        WHERE ${product.join(' AND ')} ORDER BY ${spec.order} LIMIT ${sizeParam}) p
                                 JOIN cooperatives c ON c.id = p.cooperative_id
                                WHERE ${['p.window_match', ...cooperative].join(' AND ')} ORDER BY ${spec.order} LIMIT ${param(limit)}) p ON true
           ORDER BY ${spec.rowOrder}`,
    params,
  };
}

/**
 * The matches through the text index, sorted afterwards: OFFSET 0 has the subquery planned on its
 * own, for all its rows, so the planner cannot turn to reading the catalog in page order.
 */
function indexQuery(filter: CatalogFilter<CatalogView>, stage: Stage, limit: number, after?: Cursor): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const { match, product, cooperative } = stageWhere(filter, stage, after, param);
  return {
    sql: `SELECT * FROM (SELECT ${COLUMNS[filter.view ?? 'card']} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
                          WHERE ${[...product, match, ...cooperative].join(' AND ')} OFFSET 0) p
           ORDER BY ${CATALOG_SORTS[filter.sort].rowOrder} LIMIT ${param(limit)}`,
    params,
  };
}

/**
 * Up to `limit` rows of one stage, in page order. A word on many products fills the page within
 * the first rows in page order; a rare one is found for what it costs through the text index,
 * whose matches are then sorted. The planner cannot choose between the two by itself: a word
 * missing from the column's statistics is estimated from the rarest word kept there, which in a
 * catalog of a few common words (kinds, materials) and many rare ones (design names) is a common
 * word, so a search for a rare or absent word read all 100,000 rows in page order (about 100 ms),
 * depending on the rows ANALYZE happened to sample; and a typo search in a branch tested trigram
 * similarity on every row before the branch (1.5 s). So the stage reads a window in page order
 * first, and a second one if the density of matches seen puts the rest of the page near; past
 * that, the index.
 */
async function stageRows<V extends CatalogView>(
  filter: CatalogFilter<V>,
  stage: Stage,
  limit: number,
  after: Cursor | undefined,
  run: RunQuery,
): Promise<{ rows: CatalogRow<V>[]; noWordMatch?: boolean }> {
  if (stage === 'N') {
    const { sql, params } = listQuery(filter, limit, after);
    return { rows: await run<CatalogRow<V>>(sql, params, statementName(sql)) };
  }
  const rows: CatalogRow<V>[] = [];
  let from = after;
  for (let windows = 0, size = WINDOW_ROWS[stage]; windows < 2; windows++) {
    const window = windowQuery(filter, stage, size, limit - rows.length, from, windows === 0 && stage !== 'Z');
    const result = await run<WindowRow<V>>(window.sql, window.params);
    if (result[0]?.anyMatch === false) return { rows: [], noWordMatch: true };
    // The window's own columns ride along unread: views pick their fields.
    const hits: CatalogRow<V>[] = result.filter((row) => row.id !== null);
    rows.push(...hits);
    if (rows.length >= limit) return { rows };
    const { windowEndId: endId, windowEndKey: endKey } = result[0];
    if (endId === null || endKey === null) return { rows };
    from = { key: endKey, id: endId };
    // Under one match in a hundred rows, the index reads the matches (under a thousand in 100,000
    // products) sooner than page order reaches the end of the page; else twice the rows still to
    // read at this density, a bound on the next window.
    if (hits.length < size / 100) break;
    size = Math.ceil((2 * (limit - rows.length) * size) / hits.length);
  }
  const rest = indexQuery(filter, stage, limit - rows.length, from);
  return { rows: [...rows, ...(await run<CatalogRow<V>>(rest.sql, rest.params))] };
}

/**
 * One page of the catalog with keyset (cursor) paging, so pages stay stable while products are
 * added. Runs its stages in order until the page is full; plain function, so the benchmark's bare
 * server runs exactly the same SQL.
 */
export async function catalogPage<V extends CatalogView = 'card'>(
  filter: CatalogFilter<V>,
  run: RunQuery,
): Promise<{ rows: CatalogRows[V][]; nextCursor: string | null }> {
  if (filter.sort === 'relevance' && !filter.q) throw invalid('sort', 'sort=relevance needs q');
  let stages = stagesFor(filter);
  let after: Cursor | undefined;
  if (filter.cursor) {
    const [sort, stage, key, id] = decodeCursor(filter.cursor, ['string', 'string', 'string', 'string']) as string[];
    const known = [...stages, ...(filter.q ? ['Z'] : [])];
    if (sort !== filter.sort || !known.includes(stage) || !/^[0-9a-f-]{36}$/.test(id)) {
      throw invalid('cursor', 'cursor does not belong to this search and sort order');
    }
    stages = stage === 'Z' ? ['Z'] : stages.slice(stages.indexOf(stage as Stage));
    after = { key, id };
  }
  const found: { row: CatalogRow<V>; stage: Stage }[] = [];
  for (const stage of stages) {
    const { rows, noWordMatch } = await stageRows(
      filter,
      stage,
      filter.limit + 1 - found.length,
      stage === stages[0] ? after : undefined,
      run,
    );
    found.push(...rows.map((row) => ({ row, stage })));
    if (found.length > filter.limit || noWordMatch) break;
  }
  // Only when no word matches anywhere does the search fall back to typo tolerance.
  if (found.length === 0 && !filter.cursor && filter.q) {
    const { rows } = await stageRows(filter, 'Z', filter.limit + 1, undefined, run);
    found.push(...rows.map((row) => ({ row, stage: 'Z' as const })));
  }
  const page = found.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((f) => f.row),
    nextCursor:
      found.length > filter.limit && last
        ? encodeCursor([filter.sort, last.stage, CATALOG_SORTS[filter.sort].key(last.row), last.row.id])
        : null,
  };
}

const PRODUCT_PAGE_SQL = `SELECT ${FULL_COLUMNS} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.id = $1 AND ${VISIBLE}`;

const PRODUCT_PAGES_SQL = `SELECT ${FULL_COLUMNS} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
  WHERE p.id = ANY($1::uuid[]) AND ${VISIBLE}`;

/** Several public product pages at once (a cart), in no particular order: one prepared statement. */
export function productPages(ids: string[], run: RunQuery): Promise<PublicProduct[]> {
  return run<PublicProduct>(PRODUCT_PAGES_SQL, [ids], 'catalog_product_pages');
}

/** The public product page (a prepared statement). */
export async function productPage(id: string, run: RunQuery): Promise<PublicProduct | undefined> {
  const [row] = await run<PublicProduct>(PRODUCT_PAGE_SQL, [id], 'catalog_product_page');
  return row;
}
