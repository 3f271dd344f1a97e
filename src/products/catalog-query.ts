import { createHash } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import type { ProductSort } from './dto/list-products.query';
import type { ProductRow } from './product-view.mapper';

/** Columns of a catalog row. */
const COLUMNS = `p.id, p.cooperative_id, p.title, p.description, p.branch, p.hs_code, p.price_minor, p.currency,
  p.stock, p.sku, p.weight_grams, p.dimensions_cm, p.materials, p.images, p.made_by, p.status, p.status_reason,
  p.published_at, p.created_at, p.updated_at, c.name AS coop_name, c.region AS coop_region, c.city AS coop_city,
  p.published_at::text AS published_key`;

/** Buyers see published products of approved cooperatives only. */
const VISIBLE = `p.status = 'published' AND c.status = 'approved'`;

// The union of stemmed English and French, Arabic and unstemmed matches; see the products migration.
const tsquery = (q: string): string =>
  `(websearch_to_tsquery('english', f_search_norm(${q})) || websearch_to_tsquery('french', f_search_norm(${q}))
  || websearch_to_tsquery('arabic', f_search_norm(${q})) || websearch_to_tsquery('simple', f_search_norm(${q})))`;

/**
 * How a search matches, in the order results are shown:
 * T — the words are in the title; D — elsewhere (description, materials, maker) but not the title;
 * F — words matched as written (any sort other than relevance);
 * Z — no word matches exactly anywhere: typo-tolerant trigram similarity instead;
 * N — no search text.
 * Each stage is one indexable condition, so a search never scans the table computing similarities.
 */
type Stage = 'T' | 'D' | 'F' | 'Z' | 'N';

const STAGE_MATCH: Record<Stage, (q: string) => string | undefined> = {
  T: (q) => `p.title_vector @@ ${tsquery(q)}`,
  D: (q) => `p.search_vector @@ ${tsquery(q)} AND NOT (p.title_vector @@ ${tsquery(q)})`,
  F: (q) => `p.search_vector @@ ${tsquery(q)}`,
  Z: (q) => `f_search_norm(${q}) <% p.search_text`,
  N: () => undefined,
};

interface SortSpec {
  order: string;
  key: (row: CatalogRow) => string;
  after: (keyParam: string, idParam: string) => string;
}

const BY_NEWEST: SortSpec = {
  order: 'p.published_at DESC, p.id DESC',
  key: (row) => row.published_key,
  after: (k, id) => `(p.published_at, p.id) < (${k}::timestamptz, ${id}::uuid)`,
};

export const CATALOG_SORTS: Record<ProductSort, SortSpec> = {
  // Within a relevance stage, newer first.
  relevance: BY_NEWEST,
  newest: BY_NEWEST,
  price_asc: {
    order: 'p.price_minor ASC, p.id ASC',
    key: (row) => String(row.price_minor),
    after: (k, id) => `(p.price_minor, p.id) > (${k}::int, ${id}::uuid)`,
  },
  price_desc: {
    order: 'p.price_minor DESC, p.id DESC',
    key: (row) => String(row.price_minor),
    after: (k, id) => `(p.price_minor, p.id) < (${k}::int, ${id}::uuid)`,
  },
};

export interface CatalogRow extends ProductRow {
  published_key: string;
}

export interface CatalogFilter {
  q?: string;
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
export type RunQuery = (sql: string, params: unknown[], name?: string) => Promise<CatalogRow[]>;

export function statementName(sql: string): string {
  return `catalog_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ field, errors: [message] }]);
}

function stagesFor(filter: CatalogFilter): Stage[] {
  if (!filter.q) return ['N'];
  return filter.sort === 'relevance' ? ['T', 'D'] : ['F'];
}

function stageQuery(filter: CatalogFilter, stage: Stage, limit: number, after?: { key: string; id: string }): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  const where = [VISIBLE];
  const match = STAGE_MATCH[stage](stage === 'N' ? '' : `${param(filter.q)}::text`);
  if (match) where.push(match);
  if (filter.branch) where.push(`p.branch = ${param(filter.branch)}`);
  if (filter.cooperativeId) where.push(`p.cooperative_id = ${param(filter.cooperativeId)}`);
  if (filter.region) where.push(`c.region = ${param(filter.region)}`);
  if (filter.hsChapter) where.push(`p.hs_code LIKE ${param(`${filter.hsChapter}%`)}`);
  if (filter.minPriceMad !== undefined) where.push(`p.price_minor >= ${param(filter.minPriceMad)}`);
  if (filter.maxPriceMad !== undefined) where.push(`p.price_minor <= ${param(filter.maxPriceMad)}`);
  const spec = CATALOG_SORTS[filter.sort];
  if (after) where.push(spec.after(param(after.key), param(after.id)));
  return {
    sql: `SELECT ${COLUMNS} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
           WHERE ${where.join(' AND ')} ORDER BY ${spec.order} LIMIT ${param(limit)}`,
    params,
  };
}

/**
 * One page of the catalog with keyset (cursor) paging, so pages stay stable while products are
 * added. Runs its stages in order until the page is full; plain function, so the benchmark's bare
 * server runs exactly the same SQL.
 */
export async function catalogPage(filter: CatalogFilter, run: RunQuery): Promise<{ rows: CatalogRow[]; nextCursor: string | null }> {
  if (filter.sort === 'relevance' && !filter.q) throw invalid('sort', 'sort=relevance needs q');
  let stages = stagesFor(filter);
  let after: { key: string; id: string } | undefined;
  if (filter.cursor) {
    const [sort, stage, key, id] = decodeCursor(filter.cursor, ['string', 'string', 'string', 'string']) as string[];
    const known = [...stages, ...(filter.q ? ['Z'] : [])];
    if (sort !== filter.sort || !known.includes(stage) || !/^[0-9a-f-]{36}$/.test(id)) {
      throw invalid('cursor', 'cursor does not belong to this search and sort order');
    }
    stages = stage === 'Z' ? ['Z'] : stages.slice(stages.indexOf(stage as Stage));
    after = { key, id };
  }
  const found: { row: CatalogRow; stage: Stage }[] = [];
  for (const stage of stages) {
    const { sql, params } = stageQuery(filter, stage, filter.limit + 1 - found.length, stage === stages[0] ? after : undefined);
    found.push(...(await run(sql, params, stage === 'N' ? statementName(sql) : undefined)).map((row) => ({ row, stage })));
    if (found.length > filter.limit) break;
  }
  // Only when no word matches anywhere does the search fall back to typo tolerance.
  if (found.length === 0 && !filter.cursor && filter.q) {
    const { sql, params } = stageQuery(filter, 'Z', filter.limit + 1);
    found.push(...(await run(sql, params)).map((row) => ({ row, stage: 'Z' as const })));
  }
  const page = found.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((f) => f.row),
    nextCursor: found.length > filter.limit && last ? encodeCursor([filter.sort, last.stage, CATALOG_SORTS[filter.sort].key(last.row), last.row.id]) : null,
  };
}

const PRODUCT_PAGE_SQL = `SELECT ${COLUMNS} FROM products p JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.id = $1 AND ${VISIBLE}`;

/** The public product page (a prepared statement). */
export async function productPage(id: string, run: RunQuery): Promise<CatalogRow | undefined> {
  const [row] = await run(PRODUCT_PAGE_SQL, [id], 'catalog_product_page');
  return row;
}
