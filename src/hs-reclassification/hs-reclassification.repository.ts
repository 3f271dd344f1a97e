import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HsReviewView } from './dto/hs-review.view';
import type { HsReviewState } from './dto/hs-review.query';
import type { Product } from '../products/product';

export type ReclassifiedProduct = Pick<Product, 'id' | 'cooperativeId' | 'hsCode' | 'hsEdition'>;

export interface HsReviewFilter {
  cooperativeId?: string;
  productId?: string;
  edition?: number;
  state: HsReviewState;
  limit: number;
  offset: number;
}

type ReviewRow = HsReviewView & { total: number };

/**
 * Which products need a new code, decided here and only here: for each edition later than the
 * product's, its subheading is `deleted` (gone, with no correlation row), `renumbered` (one target,
 * another code) or `split` (several targets). A code that correlates only to itself, or that has no
 * correlation row and still exists, carries over and needs nothing. Archived products are left out.
 */
const REVIEWS = `
  SELECT p.id AS product_id, p.cooperative_id, c.name AS cooperative_name, p.title->>'en' AS title, p.status,
         p.hs_code, p.hs_edition, e.edition AS to_edition, to_char(e.effective_from, 'YYYY-MM-DD') AS effective_from,
         e.effective_from <= (now() AT TIME ZONE 'UTC')::date AS in_force,
         CASE WHEN t.codes IS NULL THEN 'deleted' WHEN cardinality(t.codes) = 1 THEN 'renumbered' ELSE 'split' END AS change,
         coalesce(t.candidates, '[]'::jsonb) AS candidates, ch.hs_code AS chosen_code, ch.chosen_at
    FROM products p
    JOIN cooperatives c ON c.id = p.cooperative_id
    JOIN hs_editions own ON own.edition = p.hs_edition
    JOIN hs_editions e ON e.effective_from > own.effective_from
    LEFT JOIN LATERAL (
      SELECT array_agg(x.to_code ORDER BY x.to_code) AS codes,
             jsonb_agg(jsonb_build_object('code', x.to_code, 'description', s.description) ORDER BY x.to_code) AS candidates
        FROM hs_correlations x JOIN hs_subheadings s ON s.edition = x.to_edition AND s.code = x.to_code
       WHERE x.from_edition = p.hs_edition AND x.from_code = left(p.hs_code, 6) AND x.to_edition = e.edition
    ) t ON true
    LEFT JOIN product_hs_choices ch ON ch.product_id = p.id AND ch.edition = e.edition
   WHERE p.hs_code IS NOT NULL AND p.status <> 'archived'
     AND CASE WHEN t.codes IS NULL
              THEN NOT EXISTS (SELECT 1 FROM hs_subheadings n WHERE n.edition = e.edition AND n.code = left(p.hs_code, 6))
              ELSE t.codes <> ARRAY[left(p.hs_code, 6)]::varchar[] END`;

@Injectable()
export class HsReclassificationRepository {
  /** The product's classification, locked until the caller's transaction ends; undefined when there is none. */
  async lockProduct(tx: EntityManager, productId: string): Promise<ReclassifiedProduct | undefined> {
    const [row]: ReclassifiedProduct[] = await tx.query(
      `SELECT id, cooperative_id AS "cooperativeId", hs_code AS "hsCode", hs_edition AS "hsEdition"
         FROM products WHERE id = $1 FOR UPDATE`,
      [productId],
    );
    return row;
  }

  /**
   * Moves the product to its chosen code, a change of the product like an edit (new version). The one
   * write to products outside the products module, until it offers this as a service.
   */
  async applyCode(tx: EntityManager, productId: string, hsCode: string, edition: number): Promise<void> {
    await tx.query('UPDATE products SET hs_code = $2, hs_edition = $3, version = version + 1, updated_at = now() WHERE id = $1', [
      productId,
      hsCode,
      edition,
    ]);
  }

  async list(manager: EntityManager, filter: HsReviewFilter): Promise<{ items: HsReviewView[]; total: number }> {
    const rows: ReviewRow[] = await manager.query(
      `SELECT r.product_id AS "productId", r.cooperative_id AS "cooperativeId", r.cooperative_name AS "cooperativeName", r.title,
              r.status, r.hs_code AS "hsCode", r.hs_edition AS "hsEdition", r.to_edition AS "toEdition",
              r.effective_from AS "effectiveFrom", r.in_force AS "inForce", r.change, r.candidates, r.chosen_code AS "chosenCode",
              r.chosen_at AS "chosenAt", count(*) OVER ()::int AS total
         FROM (${REVIEWS}) r
        WHERE ($1::uuid IS NULL OR r.cooperative_id = $1) AND ($2::uuid IS NULL OR r.product_id = $2)
          AND ($3::smallint IS NULL OR r.to_edition = $3)
          AND ($4::text = 'all' OR ($4::text = 'open') = (r.chosen_code IS NULL))
        ORDER BY r.effective_from, r.cooperative_name, r.title, r.product_id
        LIMIT $5 OFFSET $6`,
      [filter.cooperativeId ?? null, filter.productId ?? null, filter.edition ?? null, filter.state, filter.limit, filter.offset],
    );
    return { items: rows.map(withoutTotal), total: rows[0]?.total ?? 0 };
  }

  /** Records (or replaces) a cooperative's pick for one product and edition. */
  async saveChoice(manager: EntityManager, productId: string, edition: number, hsCode: string, userId: string): Promise<Date> {
    const [row]: { chosenAt: Date }[] = await manager.query(
      `INSERT INTO product_hs_choices (product_id, edition, hs_code, chosen_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id, edition) DO UPDATE SET hs_code = EXCLUDED.hs_code, chosen_by = EXCLUDED.chosen_by, chosen_at = now()
       RETURNING chosen_at AS "chosenAt"`,
      [productId, edition, hsCode, userId],
    );
    return row.chosenAt;
  }
}

function withoutTotal(row: ReviewRow): HsReviewView {
  const { total: _total, ...review } = row;
  return review;
}
