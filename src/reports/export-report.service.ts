import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REGIONS, type RegionCode } from '../common/domain/regions';
import { DomainError } from '../common/errors/domain-error';
import { allocate, CURRENCY_EXPONENTS, toDecimalString } from '../common/money';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import type { ExportGrouping } from './dto/export-report.query';
import { ExportReportView } from './dto/export-report.view';
import { csvLine, growthPercent, sharePercents } from './report-math';

export interface ExportReportRequest {
  from?: string;
  to?: string;
  groupBy: ExportGrouping;
  currency: string;
}

/**
 * Orders whose goods have left: a fully refunded order counts for nothing, so it is left out. Spelt
 * into the SQL as the predicate of the partial index ix_orders_exported_paid_at, so the planner uses it.
 */
export const EXPORTED_STATUSES = ['paid', 'partially_refunded', 'completed'] as const;

interface Grouping {
  /** The key of a line (o: order, l: line, c: cooperative); `o.shifted` is a paid_at of last year moved one year on, so its month meets this year's. */
  key: string;
  joinCooperative?: boolean;
  labelJoin?: string;
  labelColumn?: string;
}

const GROUPINGS: Record<ExportGrouping, Grouping> = {
  country: { key: 'o.destination_country' },
  branch: { key: 'l.branch' },
  hsChapter: { key: 'left(l.hs_code, 2)', labelJoin: 'LEFT JOIN hs_chapters label ON label.code = g.key', labelColumn: 'label.description' },
  region: { key: 'c.region', joinCooperative: true },
  cooperative: { key: 'l.cooperative_id::text', labelJoin: 'LEFT JOIN cooperatives label ON label.id::text = g.key', labelColumn: 'label.name' },
  month: { key: `to_char(o.shifted, 'YYYY-MM')` },
};

// MAD minor units per minor unit of each currency at a rate of 1 (JPY 100, KWD 0.1): 10^(2 - exponent).
const MINOR_FACTORS = Object.entries(CURRENCY_EXPONENTS).map(([currency, exponent]) => [currency, (10 ** (2 - exponent)).toString()]);

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

function label(groupBy: ExportGrouping, key: string, stored: string | null): string {
  switch (groupBy) {
    case 'country':
      return countryNames.of(key) ?? key;
    case 'branch':
      return key.charAt(0).toUpperCase() + key.slice(1);
    case 'region':
      return Object.hasOwn(REGIONS, key) ? REGIONS[key as RegionCode] : key;
    case 'month':
      return new Date(`${key}-01T00:00:00Z`).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    default:
      return stored ?? key;
  }
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The report's SQL for a period of whole UTC days, `to` included; exported for the bench's EXPLAIN. */
export function exportReportQuery(groupBy: ExportGrouping, from: string, to: string): { sql: string; params: unknown[] } {
  const grouping = GROUPINGS[groupBy];
  // The currency factor is looked up in arrays rather than joined: a join on a function's rows
  // misleads the planner's row estimates into a nested loop over every line. Numeric division is the
  // costly step, so it is done only for lines of refunded orders.
  const sql = `WITH o AS (
       SELECT o.id, o.destination_country,
              o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' AS current,
              ${groupBy === 'month' ? `(o.paid_at AT TIME ZONE 'UTC') + CASE WHEN o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' THEN interval '0' ELSE interval '1 year' END` : 'NULL::timestamp'} AS shifted,
              o.total_minor, o.refunded_minor,
              o.mad_per_unit * ($4::numeric[])[array_position($3::text[], o.currency::text)] AS mad_factor
         FROM orders o
        WHERE o.status IN (${EXPORTED_STATUSES.map((status) => `'${status}'`).join(', ')}) AND o.total_minor > 0
          AND ((o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' AND o.paid_at < $2::timestamp AT TIME ZONE 'UTC')
            OR (o.paid_at >= ($1::timestamp - interval '1 year') AT TIME ZONE 'UTC' AND o.paid_at < ($2::timestamp - interval '1 year') AT TIME ZONE 'UTC'))
     ),
     per_order AS (
       SELECT ${grouping.key} AS key, o.current, sum(round(CASE WHEN o.refunded_minor = 0 THEN l.line_total_minor * o.mad_factor
                                 ELSE l.line_total_minor * (o.total_minor - o.refunded_minor) * o.mad_factor / o.total_minor END)::bigint) AS mad
         FROM o
         JOIN order_lines l ON l.order_id = o.id
         ${grouping.joinCooperative ? 'JOIN cooperatives c ON c.id = l.cooperative_id' : ''}
        GROUP BY 1, o.id, o.current
     ),
     g AS (
       SELECT key,
              coalesce(sum(mad) FILTER (WHERE current), 0) AS value,
              count(*) FILTER (WHERE current)::int AS orders,
              coalesce(sum(mad) FILTER (WHERE NOT current), 0) AS previous
         FROM per_order GROUP BY key
     )
     SELECT g.key, ${grouping.labelColumn ?? 'NULL'} AS stored_label, g.value::text, g.orders, g.previous::text
       FROM g ${grouping.labelJoin ?? ''}
      ORDER BY g.value DESC, g.key`;
  return { sql, params: [from, addDays(to, 1), MINOR_FACTORS.map(([c]) => c), MINOR_FACTORS.map(([, f]) => f)] };
}

/**
 * Exports by destination, branch, HS chapter, region, cooperative or month, aggregated in
 * PostgreSQL. The value is the goods (order lines) only: shipping and insurance are services paid
 * with the order, not handicraft exports, which is what the programme counts. Each line is valued in
 * MAD at its order's fixed rate, net of its pro-rata part of what was refunded on the order (a
 * refund is an amount on the whole order, so each line carries refunded × line / order total), and
 * rounded once per line, so rows add up to the total exactly.
 */
@Injectable()
export class ExportReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rates: ExchangeRatesService,
  ) {}

  async report(request: ExportReportRequest): Promise<ExportReportView> {
    const today = new Date().toISOString().slice(0, 10);
    const from = request.from ?? `${today.slice(0, 4)}-01-01`;
    const to = request.to ?? today;
    if (from > to) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { from, to });
    const quote = await this.rates.quote(request.currency);

    const { sql, params } = exportReportQuery(request.groupBy, from, to);
    const rows: { key: string; stored_label: string | null; value: string; orders: number; previous: string }[] = await this.dataSource.transaction(async (manager) => {
      // A year holds a few hundred thousand (line, order) pairs to group: in memory rather than on disk.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      return manager.query(sql, params);
    });

    const current = rows.filter((row) => row.orders > 0);
    const madValues = current.map((row) => Number(row.value));
    const totalMad = madValues.reduce((a, b) => a + b, 0);
    const previousTotal = rows.reduce((a, row) => a + Number(row.previous), 0);
    // Converted once on the total, then split like the MAD values, so the rows still add up.
    const totalMinor = ExchangeRatesService.fromMad(totalMad, quote);
    const values = totalMad > 0 ? allocate(totalMinor, madValues) : madValues.map(() => 0);
    const shares = sharePercents(madValues);
    return {
      from,
      to,
      groupBy: request.groupBy,
      currency: quote.currency,
      totalMinor,
      growthPct: growthPercent(totalMad, previousTotal),
      rows: current.map((row, i) => ({
        key: row.key,
        label: label(request.groupBy, row.key, row.stored_label),
        valueMinor: values[i]!,
        orders: row.orders,
        sharePct: shares[i]!,
        growthPct: growthPercent(madValues[i]!, Number(row.previous)),
      })),
    };
  }

  static toCsv(report: ExportReportView): string {
    const header = csvLine(['key', 'label', 'currency', 'value', 'orders', 'share_pct', 'growth_pct']);
    return (
      header +
      report.rows
        .map((row) => csvLine([row.key, row.label, report.currency, toDecimalString(row.valueMinor, report.currency), row.orders, row.sharePct.toFixed(2), row.growthPct === null ? null : row.growthPct.toFixed(2)]))
        .join('')
    );
  }
}
