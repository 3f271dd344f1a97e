import type { DataSource } from 'typeorm';
import { CURRENCY_EXPONENTS } from '../../src/common/money';
import { EXPORTED_ORDER_STATUSES_SQL } from '../../src/reports/exported-order-statuses';

export interface DayTotal {
  dimension: string;
  key: string;
  day: string;
  value: string;
  orders: number;
}

/** Order statuses whose goods count as exported, as SQL. */
export const EXPORTED_STATUSES = EXPORTED_ORDER_STATUSES_SQL;
const DIMENSIONS = `(VALUES ('country', line.destination_country), ('branch', line.branch), ('hsChapter', left(line.hs_code, 2)), ('region', line.region), ('cooperative', line.cooperative_id::text))`;

/** The day totals summed over shards, rows that cancelled out left aside. */
export function exportDayTotals(db: DataSource): Promise<DayTotal[]> {
  return db.query(
    `SELECT dimension, key, day::text, sum(value_mad)::text AS value, sum(orders)::int AS orders
       FROM export_day_totals GROUP BY 1, 2, 3 HAVING sum(orders) <> 0 OR sum(value_mad) <> 0 ORDER BY 1, 2, 3`,
  );
}

/** The same figures computed straight from orders and lines, without the facts. */
export function exportTotalsFromOrders(db: DataSource): Promise<DayTotal[]> {
  const currencies = Object.entries(CURRENCY_EXPONENTS);
  return db.query(
    `WITH line AS (
       SELECT o.id, (o.paid_at AT TIME ZONE 'UTC')::date AS day, o.destination_country, l.branch, l.hs_code, c.region, l.cooperative_id,
              round(l.line_total_minor * (o.total_minor - o.refunded_minor) * o.mad_per_unit * ($2::numeric[])[array_position($1::text[], o.currency::text)] / o.total_minor) AS mad
         FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN cooperatives c ON c.id = l.cooperative_id
        WHERE o.status IN ${EXPORTED_STATUSES} AND o.total_minor > 0
     ), per_order AS (
       SELECT d.dimension, d.key, line.day, line.id, sum(line.mad) AS mad FROM line CROSS JOIN LATERAL ${DIMENSIONS} AS d(dimension, key) GROUP BY 1, 2, 3, 4
     )
     SELECT dimension, key, day::text, sum(mad)::bigint::text AS value, count(*)::int AS orders FROM per_order GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [currencies.map(([code]) => code), currencies.map(([, exponent]) => String(10 ** (2 - exponent)))],
  );
}
