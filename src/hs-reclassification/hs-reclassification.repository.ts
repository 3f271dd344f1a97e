import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HsReviewView } from './dto/hs-review.view';
import type { HsReviewState } from './dto/hs-review.query';
import type { HsCodeChange } from './hs-code-change';

export interface HsReviewFilter {
  cooperativeId?: string;
  productId?: string;
  edition?: number;
  state: HsReviewState;
  limit: number;
  offset: number;
}

interface ReviewRow {
  product_id: string;
  cooperative_id: string;
  cooperative_name: string;
  title: string;
  status: string;
  hs_code: string;
  hs_edition: number;
  to_edition: number;
  effective_from: string;
  in_force: boolean;
  change: HsCodeChange;
  candidates: { code: string; description: string }[];
  chosen_code: string | null;
  chosen_at: Date | null;
  total: number;
}

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
  async list(manager: EntityManager, filter: HsReviewFilter): Promise<{ items: HsReviewView[]; total: number }> {
    const rows: ReviewRow[] = await manager.query(
      `SELECT r.*, count(*) OVER ()::int AS total FROM (${REVIEWS}) r
        WHERE ($1::uuid IS NULL OR r.cooperative_id = $1) AND ($2::uuid IS NULL OR r.product_id = $2)
          AND ($3::smallint IS NULL OR r.to_edition = $3)
          AND ($4::text = 'all' OR ($4::text = 'open') = (r.chosen_code IS NULL))
        ORDER BY r.effective_from, r.cooperative_name, r.title, r.product_id
        LIMIT $5 OFFSET $6`,
      [filter.cooperativeId ?? null, filter.productId ?? null, filter.edition ?? null, filter.state, filter.limit, filter.offset],
    );
    return { items: rows.map(view), total: rows[0]?.total ?? 0 };
  }

  /** Records (or replaces) a cooperative's pick for one product and edition. */
  async saveChoice(manager: EntityManager, productId: string, edition: number, hsCode: string, userId: string): Promise<Date> {
    const [row]: { chosen_at: Date }[] = await manager.query(
      `INSERT INTO product_hs_choices (product_id, edition, hs_code, chosen_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id, edition) DO UPDATE SET hs_code = EXCLUDED.hs_code, chosen_by = EXCLUDED.chosen_by, chosen_at = now()
       RETURNING chosen_at`,
      [productId, edition, hsCode, userId],
    );
    return row.chosen_at;
  }
}

function view(row: ReviewRow): HsReviewView {
  return {
    productId: row.product_id,
    cooperativeId: row.cooperative_id,
    cooperativeName: row.cooperative_name,
    title: row.title,
    status: row.status,
    hsCode: row.hs_code,
    hsEdition: row.hs_edition,
    toEdition: row.to_edition,
    effectiveFrom: row.effective_from,
    inForce: row.in_force,
    change: row.change,
    candidates: row.candidates,
    chosenCode: row.chosen_code,
    chosenAt: row.chosen_at,
  };
}
