import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ExportGrouping } from './dto/export-report.query';
import type { ExportFactDimension } from './export-fact';

interface Grouping {
  /** The dimension of export_day_totals read; months are counted on the destination, one per order. */
  dimension: ExportFactDimension;
  labelJoin?: string;
  labelColumn?: string;
}

const GROUPINGS: Record<ExportGrouping, Grouping> = {
  country: { dimension: 'country' },
  branch: { dimension: 'branch' },
  hsChapter: {
    dimension: 'hsChapter',
    labelJoin:
      'LEFT JOIN LATERAL (SELECT c.description FROM hs_chapters c JOIN hs_editions e USING (edition) WHERE c.code = g.key ORDER BY e.effective_from DESC LIMIT 1) label ON true',
    labelColumn: 'label.description',
  },
  region: { dimension: 'region' },
  cooperative: { dimension: 'cooperative', labelJoin: 'LEFT JOIN cooperatives label ON label.id::text = g.key', labelColumn: 'label.name' },
  month: { dimension: 'country' },
};

/** One key of the export report: this period's goods in MAD and orders, and the same days a year earlier. */
export interface ExportReportRow {
  key: string;
  /** The label kept in the database (HS chapter, cooperative name), if any. */
  storedLabel: string | null;
  valueMad: number;
  orders: number;
  previousMad: number;
}

export interface ExportFactCounts {
  orders: number;
  facts: number;
  dayTotals: number;
}

/**
 * The report's SQL for a period of whole UTC days, `to` included: day totals of this period and of
 * the same one a year earlier, a few thousand rows for a year. Exported for the bench's EXPLAIN.
 */
export function exportReportQuery(groupBy: ExportGrouping, from: string, to: string): { sql: string; params: unknown[] } {
  const grouping = GROUPINGS[groupBy];
  // A month of last year is moved one year on, so it meets the same month of this year.
  const key =
    groupBy === 'month' ? `to_char(d.day + CASE WHEN d.day >= $1::date THEN interval '0' ELSE interval '1 year' END, 'YYYY-MM')` : 'd.key';
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
     SELECT g.key, ${grouping.labelColumn ?? 'NULL'} AS "storedLabel", g.value::text AS "valueMad", g.orders, g.previous::text AS "previousMad"
       FROM g ${grouping.labelJoin ?? ''}
      ORDER BY g.value DESC, g.key`;
  return { sql, params: [from, to, grouping.dimension] };
}

/** The same refresh as ExportFactRepository.refresh, for code outside Nest: seeds and test data written with plain SQL. */
export async function refreshExportFacts(tx: EntityManager, orderIds: readonly string[]): Promise<void> {
  await tx.query(`SELECT refresh_export_facts($1::uuid[])`, [orderIds]);
}

/** Recomputes every fact and day total from the orders; order writes wait until it commits. */
export async function rebuildExportFacts(tx: EntityManager): Promise<ExportFactCounts> {
  await tx.query(`SELECT rebuild_export_facts()`);
  const [counts] = await tx.query<ExportFactCounts[]>(
    `SELECT (SELECT count(DISTINCT order_id) FROM export_facts)::int AS orders, (SELECT count(*) FROM export_facts)::int AS facts, (SELECT count(*) FROM export_day_totals)::int AS "dayTotals"`,
  );
  return counts;
}

/**
 * The export report's facts and day totals, kept in step with orders by the SQL functions of the
 * AddExportFacts migration, and the report's hand-tuned read over the day totals.
 */
@Injectable()
export class ExportFactRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rewrites the orders' facts as the orders now stand and moves the day totals by the difference. */
  async refresh(tx: EntityManager, orderIds: readonly string[]): Promise<void> {
    if (orderIds.length > 0) await refreshExportFacts(tx, orderIds);
  }

  /** Keys with goods this period or a year earlier, by value this period. */
  async reportRows(groupBy: ExportGrouping, from: string, to: string): Promise<ExportReportRow[]> {
    const { sql, params } = exportReportQuery(groupBy, from, to);
    // Sums of bigints come back as text: converted once here.
    const rows = await this.dataSource.query<
      (Omit<ExportReportRow, 'valueMad' | 'previousMad'> & { valueMad: string; previousMad: string })[]
    >(sql, params);
    return rows.map((row) => ({ ...row, valueMad: Number(row.valueMad), previousMad: Number(row.previousMad) }));
  }
}
