import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REGIONS, type RegionCode } from '../common/domain/regions';
import { DomainError } from '../common/errors/domain-error';
import { allocate, toDecimalString } from '../common/money';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import type { ExportGrouping } from './dto/export-report.query';
import { ExportReportView } from './dto/export-report.view';
import type { ExportFactDimension } from './export-fact';
import { csvLine, growthPercent, sharePercents } from './report-math';

export interface ExportReportRequest {
  from?: string;
  to?: string;
  groupBy: ExportGrouping;
  currency: string;
}

interface Grouping {
  /** The dimension of export_day_totals read; months are counted on the destination, one per order. */
  dimension: ExportFactDimension;
  labelJoin?: string;
  labelColumn?: string;
}

const GROUPINGS: Record<ExportGrouping, Grouping> = {
  country: { dimension: 'country' },
  branch: { dimension: 'branch' },
  hsChapter: { dimension: 'hsChapter', labelJoin: 'LEFT JOIN LATERAL (SELECT c.description FROM hs_chapters c JOIN hs_editions e USING (edition) WHERE c.code = g.key ORDER BY e.effective_from DESC LIMIT 1) label ON true', labelColumn: 'label.description' },
  region: { dimension: 'region' },
  cooperative: { dimension: 'cooperative', labelJoin: 'LEFT JOIN cooperatives label ON label.id::text = g.key', labelColumn: 'label.name' },
  month: { dimension: 'country' },
};

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

/**
 * The report's SQL for a period of whole UTC days, `to` included: day totals of this period and of
 * the same one a year earlier, a few thousand rows for a year. Exported for the bench's EXPLAIN.
 */
export function exportReportQuery(groupBy: ExportGrouping, from: string, to: string): { sql: string; params: unknown[] } {
  const grouping = GROUPINGS[groupBy];
  // A month of last year is moved one year on, so it meets the same month of this year.
  const key = groupBy === 'month' ? `to_char(d.day + CASE WHEN d.day >= $1::date THEN interval '0' ELSE interval '1 year' END, 'YYYY-MM')` : 'd.key';
  const sql = `WITH d AS (
       SELECT ${key} AS key, d.value_mad, d.orders, d.day >= $1::date AS current
         FROM export_day_totals d
        WHERE d.dimension = $3
          AND ((d.day >= $1::date AND d.day <= $2::date) OR (d.day >= ($1::date - interval '1 year')::date AND d.day < ($2::date + 1 - interval '1 year')::date))
     ),
     g AS (
       SELECT key,
              coalesce(sum(value_mad) FILTER (WHERE current), 0) AS value,
              coalesce(sum(orders) FILTER (WHERE current), 0)::int AS orders,
              coalesce(sum(value_mad) FILTER (WHERE NOT current), 0) AS previous
         FROM d GROUP BY key
     )
     SELECT g.key, ${grouping.labelColumn ?? 'NULL'} AS stored_label, g.value::text, g.orders, g.previous::text
       FROM g ${grouping.labelJoin ?? ''}
      ORDER BY g.value DESC, g.key`;
  return { sql, params: [from, to, grouping.dimension] };
}

/**
 * Exports by destination, branch, HS chapter, region, cooperative or month, aggregated in
 * PostgreSQL from export_day_totals (kept by ExportFactsService). The value is the goods (order lines)
 * only: shipping and insurance are services paid with the order, not handicraft exports, which is
 * what the programme counts. Each line is valued in MAD at its order's fixed rate, net of its
 * pro-rata part of what was refunded on the order (a refund is an amount on the whole order, so each
 * line carries refunded × line / order total), and rounded once per line, so rows add up to the total
 * exactly. Orders paid and not fully refunded count; a fully refunded one counts for nothing.
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
    const rows: { key: string; stored_label: string | null; value: string; orders: number; previous: string }[] = await this.dataSource.query(sql, params);

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
