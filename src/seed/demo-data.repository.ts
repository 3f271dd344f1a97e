import type { EntityManager } from 'typeorm';
import type { DEMO_COOPERATIVES } from './demo-cooperatives';
import type { DEMO_PRODUCTS } from './demo-products';

type DemoCooperative = (typeof DEMO_COOPERATIVES)[number];
type DemoProduct = (typeof DEMO_PRODUCTS)[number];

/** A demo product as the demo orders sell it. */
export interface DemoOrderProduct {
  id: string;
  branch: string;
  priceMinor: number;
  cooperativeId: string;
  hsCode: string;
  hsEdition: number;
  title: string;
  weightGrams: number;
}

/**
 * The demo data's own SQL: idempotent upserts matched by ICE, SKU and currency, written straight into
 * the owners' tables like the test factories (the owners' services would audit and notify a demo).
 */
export class DemoDataRepository {
  async upsertCooperative(tx: EntityManager, coop: DemoCooperative): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO cooperatives (name, ice, region, city, address, branches, description, founded_year,
                                 members_total, members_women, members_youth, members_rural,
                                 contact_email, phone, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (ice) DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [
        coop.name,
        coop.ice,
        coop.region,
        coop.city,
        coop.address,
        coop.branches,
        JSON.stringify(coop.description),
        coop.foundedYear,
        coop.members.total,
        coop.members.women,
        coop.members.youth,
        coop.members.rural,
        coop.contactEmail,
        coop.phone,
        coop.status,
      ],
    );
    return row!.id;
  }

  async addManager(tx: EntityManager, cooperativeId: string, userId: string): Promise<void> {
    await tx.query(
      `INSERT INTO cooperative_members (cooperative_id, user_id, role) VALUES ($1, $2, 'manager')
       ON CONFLICT DO NOTHING`,
      [cooperativeId, userId],
    );
  }

  async insertProduct(tx: EntityManager, cooperativeId: string, p: DemoProduct): Promise<void> {
    await tx.query(
      // The demo's codes are HS 2022 subheadings.
      `INSERT INTO products (cooperative_id, sku, title, description, branch, hs_code, hs_edition, price_minor, currency, stock,
                             weight_grams, dimensions_cm, materials, made_by, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, 2022, $7, 'MAD', $8, $9, $10, $11, $12, 'published', date_trunc('milliseconds', now()))
       ON CONFLICT (cooperative_id, sku) DO NOTHING`,
      [
        cooperativeId,
        p.sku,
        JSON.stringify(p.title),
        JSON.stringify(p.description),
        p.branch,
        p.hsCode,
        p.priceMinor,
        p.stock,
        p.weightGrams,
        p.dimensionsCm ? JSON.stringify(p.dimensionsCm) : null,
        p.materials,
        p.madeBy,
      ],
    );
  }

  async insertRate(tx: EntityManager, currency: string, madPerUnit: string): Promise<void> {
    await tx.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ($1, $2, current_date) ON CONFLICT (currency) DO NOTHING`,
      [currency, madPerUnit],
    );
  }

  async hasDemoOrders(tx: EntityManager, prefix: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM orders WHERE number LIKE $1 LIMIT 1`, [`${prefix}%`]);
    return rows.length > 0;
  }

  demoOrderProducts(tx: EntityManager, skus: string[]): Promise<DemoOrderProduct[]> {
    return tx.query(
      `SELECT p.id, p.branch, p.price_minor AS "priceMinor", p.cooperative_id AS "cooperativeId", p.hs_code AS "hsCode",
              p.hs_edition AS "hsEdition", p.title->>'en' AS title, p.weight_grams AS "weightGrams"
         FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
        WHERE p.sku = ANY($1::text[]) AND c.status = 'approved' AND p.hs_code IS NOT NULL
        ORDER BY p.sku`,
      [skus],
    );
  }

  /** MAD per unit of each currency, as exact text. */
  async rates(tx: EntityManager): Promise<Map<string, string>> {
    const rows: { currency: string; rate: string }[] = await tx.query(`SELECT currency, mad_per_unit::text AS rate FROM exchange_rates`);
    return new Map(rows.map((r) => [r.currency, r.rate]));
  }
}
