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

/** Orders whose goods have left: a fully refunded order counts for nothing, so it is left out. */
export const EXPORTED_STATUSES = ['paid', 'partially_refunded', 'completed'] as const;

interface Grouping {
  /** The key of a line; `shifted` is paid_at moved one year on, so last year's month meets this year's. */
  key: string;
  joinCooperative?: boolean;
  labelJoin?: string;
  labelColumn?: string;
}

const GROUPINGS: Record<ExportGrouping, Grouping> = {
  country: { key: 'destination_country' },
  branch: { key: 'branch' },
  hsChapter: { key: 'left(hs_code, 2)', labelJoin: 'LEFT JOIN hs_chapters label ON label.code = g.key', labelColumn: 'label.description' },
  region: { key: 'region', joinCooperative: true },
  cooperative: { key: 'cooperative_id::text', labelJoin: 'LEFT JOIN cooperatives label ON label.id::text = g.key', labelColumn: 'label.name' },
  month: { key: `to_char(shifted, 'YYYY-MM')` },
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
    const grouping = GROUPINGS[request.groupBy];

    const rows: { key: string; stored_label: string | null; value: string; orders: number; previous: string }[] = await this.dataSource.query(
      `WITH factor(currency, mad_minor) AS (SELECT * FROM unnest($3::text[], $4::numeric[])),
       line AS (
         SELECT o.id AS order_id,
                o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' AS current,
                (o.paid_at AT TIME ZONE 'UTC') + CASE WHEN o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' THEN interval '0' ELSE interval '1 year' END AS shifted,
                o.destination_country, l.branch, l.hs_code, l.cooperative_id, c.region,
                round(l.line_total_minor::numeric * (o.total_minor - o.refunded_minor) / o.total_minor * o.mad_per_unit * f.mad_minor) AS mad
           FROM orders o
           JOIN factor f ON f.currency = o.currency
           JOIN order_lines l ON l.order_id = o.id
           ${grouping.joinCooperative ? 'JOIN cooperatives c ON c.id = l.cooperative_id' : 'CROSS JOIN (SELECT NULL::varchar AS region) c'}
          WHERE o.status = ANY($5::varchar[]) AND o.total_minor > 0
            AND ((o.paid_at >= $1::timestamp AT TIME ZONE 'UTC' AND o.paid_at < $2::timestamp AT TIME ZONE 'UTC')
              OR (o.paid_at >= ($1::timestamp - interval '1 year') AT TIME ZONE 'UTC' AND o.paid_at < ($2::timestamp - interval '1 year') AT TIME ZONE 'UTC'))
       ),
       g AS (
         SELECT ${grouping.key} AS key,
                coalesce(sum(mad) FILTER (WHERE current), 0) AS value,
                count(DISTINCT order_id) FILTER (WHERE current)::int AS orders,
                coalesce(sum(mad) FILTER (WHERE NOT current), 0) AS previous
           FROM line GROUP BY 1
       )
       SELECT g.key, ${grouping.labelColumn ?? 'NULL'} AS stored_label, g.value::text, g.orders, g.previous::text
         FROM g ${grouping.labelJoin ?? ''}
        ORDER BY g.value DESC, g.key`,
      [from, addDays(to, 1), MINOR_FACTORS.map(([c]) => c), MINOR_FACTORS.map(([, f]) => f), EXPORTED_STATUSES],
    );

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
