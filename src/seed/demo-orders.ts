import { EntityManager } from 'typeorm';
import { convert, parseRate } from '../common/money';
import { refreshExportFacts } from '../reports/export-fact.repository';
import { DEMO_PRODUCTS } from './demo-products';
import { planDemoOrders } from './demo-orders.plan';

const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', GB: 'GBP', AE: 'AED', JP: 'JPY', FR: 'EUR', ES: 'EUR', DE: 'EUR', IT: 'EUR', NL: 'EUR',
};
const CITY_BY_COUNTRY: Readonly<Record<string, [string, string]>> = {
  US: ['Portland', '97205'], CA: ['Montréal', 'H2X 1Y4'], GB: ['London', 'E1 6AN'], AE: ['Dubai', '00000'], JP: ['Kyoto', '600-8216'],
  FR: ['Lyon', '69002'], ES: ['Sevilla', '41004'], DE: ['Berlin', '10115'], IT: ['Milano', '20121'], NL: ['Utrecht', '3511 AB'],
};
/** Flat shipping for the demo orders, in MAD minor units. */
const DEMO_SHIPPING_MAD_MINOR = 15000;
const DAY_MS = 86_400_000;
export const DEMO_ORDER_PREFIX = 'HF-D';

/**
 * A year and a bit of paid orders from the demo buyers (see demo-orders.plan.ts), written with plain
 * SQL in three statements, then counted in the export facts. Skipped when demo orders exist, so seeding again changes nothing.
 */
export async function seedDemoOrders(manager: EntityManager, buyerIds: string[], now = new Date()): Promise<number> {
  const [existing] = await manager.query(`SELECT 1 FROM orders WHERE number LIKE $1 LIMIT 1`, [`${DEMO_ORDER_PREFIX}%`]);
  if (existing) return 0;
  const products: { id: string; branch: string; priceMinor: number; cooperativeId: string; hsCode: string; hsEdition: number; title: string; weightGrams: number }[] = await manager.query(
    `SELECT p.id, p.branch, p.price_minor AS "priceMinor", p.cooperative_id AS "cooperativeId", p.hs_code AS "hsCode", p.hs_edition AS "hsEdition", p.title->>'en' AS title, p.weight_grams AS "weightGrams"
       FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
      WHERE p.sku = ANY($1::text[]) AND c.status = 'approved' AND p.hs_code IS NOT NULL
      ORDER BY p.sku`,
    [DEMO_PRODUCTS.map((p) => p.sku)],
  );
  const rates = new Map<string, string>(
    (await manager.query(`SELECT currency, mad_per_unit::text AS rate FROM exchange_rates`)).map((r: { currency: string; rate: string }) => [r.currency, r.rate]),
  );
  const plan = planDemoOrders(products, now).filter((order) => rates.has(CURRENCY_BY_COUNTRY[order.country]!));
  const rows = plan.map((order) => {
    const product = products.find((p) => p.id === order.product.id)!;
    const currency = CURRENCY_BY_COUNTRY[order.country]!;
    const madPerUnit = rates.get(currency)!;
    const unitPriceMinor = convert(product.priceMinor, 'MAD', currency, parseRate(madPerUnit));
    const shippingMinor = convert(DEMO_SHIPPING_MAD_MINOR, 'MAD', currency, parseRate(madPerUnit));
    const delivered = order.paidAt.getTime() < now.getTime() - 30 * DAY_MS;
    const [city, postalCode] = CITY_BY_COUNTRY[order.country]!;
    return { order, product, currency, madPerUnit, unitPriceMinor, shippingMinor, delivered, city, postalCode, buyerId: buyerIds[order.index % buyerIds.length]! };
  });
  const numbers = rows.map((r) => `${DEMO_ORDER_PREFIX}${String(r.order.index + 1).padStart(6, '0')}`);
  const ids: { id: string; number: string }[] = await manager.query(
    `INSERT INTO orders (number, buyer_id, status, currency, mad_per_unit, rate_as_of, subtotal_minor, shipping_minor, insurance_minor, total_minor,
                         total_mad_minor, refunded_minor, shipping_address, destination_country, incoterm, payment_method, expires_at, paid_at, closed_at, created_at)
     SELECT number, buyer_id, CASE WHEN delivered THEN 'completed' ELSE 'paid' END, currency, rate, paid_at::date, subtotal, shipping, 0, subtotal + shipping,
            total_mad, 0, jsonb_build_object('name', 'Demo buyer', 'line1', '1 Market Street', 'city', city, 'postalCode', postal_code, 'country', country),
            country, 'DAP', 'card', paid_at, paid_at, CASE WHEN delivered THEN paid_at + interval '12 days' END, paid_at - interval '5 minutes'
       FROM unnest($1::text[], $2::uuid[], $3::boolean[], $4::text[], $5::numeric[], $6::bigint[], $7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::text[], $12::timestamptz[])
         AS t(number, buyer_id, delivered, currency, rate, subtotal, shipping, total_mad, city, postal_code, country, paid_at)
     RETURNING id, number`,
    [
      numbers, rows.map((r) => r.buyerId), rows.map((r) => r.delivered), rows.map((r) => r.currency), rows.map((r) => r.madPerUnit),
      rows.map((r) => r.unitPriceMinor * r.order.quantity), rows.map((r) => r.shippingMinor),
      rows.map((r) => r.product.priceMinor * r.order.quantity + DEMO_SHIPPING_MAD_MINOR), rows.map((r) => r.city), rows.map((r) => r.postalCode),
      rows.map((r) => r.order.country), rows.map((r) => r.order.paidAt.toISOString()),
    ],
  );
  const orderIds = new Map(ids.map((row) => [row.number, row.id]));
  const orderIdList = numbers.map((number) => orderIds.get(number)!);
  const parts: { id: string; order_id: string }[] = await manager.query(
    `INSERT INTO cooperative_orders (order_id, cooperative_id, status, subtotal_minor, shipping_minor, subtotal_mad_minor, shipping_mad_minor, weight_grams,
                                     carrier, tracking_number, shipped_at, delivered_at, created_at)
     SELECT order_id, cooperative_id, CASE WHEN delivered THEN 'delivered' ELSE 'paid' END, subtotal, shipping, subtotal_mad, $8, weight,
            CASE WHEN delivered THEN 'Amana' END, CASE WHEN delivered THEN 'DEMO' || order_id::text END,
            CASE WHEN delivered THEN paid_at + interval '2 days' END, CASE WHEN delivered THEN paid_at + interval '12 days' END, paid_at - interval '5 minutes'
       FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::bigint[], $5::bigint[], $6::bigint[], $7::int[], $9::timestamptz[])
         AS t(order_id, cooperative_id, delivered, subtotal, shipping, subtotal_mad, weight, paid_at)
     RETURNING id, order_id`,
    [
      orderIdList, rows.map((r) => r.product.cooperativeId), rows.map((r) => r.delivered), rows.map((r) => r.unitPriceMinor * r.order.quantity),
      rows.map((r) => r.shippingMinor), rows.map((r) => r.product.priceMinor * r.order.quantity), rows.map((r) => r.product.weightGrams * r.order.quantity),
      DEMO_SHIPPING_MAD_MINOR, rows.map((r) => r.order.paidAt.toISOString()),
    ],
  );
  const partIds = new Map(parts.map((row) => [row.order_id, row.id]));
  await manager.query(
    `INSERT INTO order_lines (order_id, cooperative_order_id, product_id, cooperative_id, title, hs_code, hs_edition, origin_country, branch, unit_weight_grams,
                              quantity, unit_price_mad_minor, unit_price_minor, line_total_minor, line_total_mad_minor)
     SELECT order_id, part_id, product_id, cooperative_id, title, hs_code, hs_edition, 'MA', branch, weight, quantity, price_mad, price, price * quantity, price_mad * quantity
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::bigint[], $11::bigint[],
                   $12::smallint[])
         AS t(order_id, part_id, product_id, cooperative_id, title, hs_code, branch, weight, quantity, price_mad, price, hs_edition)`,
    [
      orderIdList, orderIdList.map((id) => partIds.get(id)!), rows.map((r) => r.product.id), rows.map((r) => r.product.cooperativeId),
      rows.map((r) => r.product.title), rows.map((r) => r.product.hsCode), rows.map((r) => r.product.branch), rows.map((r) => r.product.weightGrams),
      rows.map((r) => r.order.quantity), rows.map((r) => r.product.priceMinor), rows.map((r) => r.unitPriceMinor),
      rows.map((r) => r.product.hsEdition),
    ],
  );
  await refreshExportFacts(manager, orderIdList);
  return rows.length;
}
