import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { toDecimalString } from '../common/money';
import { csvLine } from '../reports/report-math';
import { CollectedReportQuery } from './dto/collected-report.query';
import { CollectedReportView, CollectedRow } from './dto/collected-report.view';

/**
 * What Hirfa collected at checkout, per month, destination, currency, kind and scheme: the figures
 * of its IOSS and HMRC returns and of the duties it prepaid under DDP. Orders count once paid and
 * while not refunded in full.
 */
@Injectable()
export class LandedCostReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async collected(query: CollectedReportQuery): Promise<CollectedReportView> {
    const today = new Date().toISOString().slice(0, 10);
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (from > to) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', [{ field: 'from', errors: ['from must not be after to'] }]);
    const rows = await this.dataSource.query<(Omit<CollectedRow, 'amountMinor' | 'orders'> & { amountMinor: string; orders: string })[]>(
      `SELECT to_char(o.paid_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, o.destination_country AS destination, o.currency,
              c->>'kind' AS kind,
              coalesce(o.landed_cost->>'vatScheme', o.incoterm) AS scheme,
              sum((c->>'amountMinor')::bigint) AS "amountMinor", count(DISTINCT o.id) AS orders
         FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.landed_cost->'charges') AS c
        WHERE o.landed_cost_minor > 0
          AND o.status IN ('paid', 'completed', 'partially_refunded')
          AND o.paid_at >= $1::date AND o.paid_at < $2::date + 1
          AND c->>'collectedAt' = 'checkout'
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5`,
      [from, to],
    );
    return { from, to, rows: rows.map((r) => ({ ...r, amountMinor: Number(r.amountMinor), orders: Number(r.orders) })) };
  }

  static toCsv(report: CollectedReportView): string {
    const header = csvLine(['month', 'destination', 'currency', 'kind', 'scheme', 'amount', 'orders']);
    return header + report.rows.map((r) => csvLine([r.month, r.destination, r.currency, r.kind, r.scheme, toDecimalString(r.amountMinor, r.currency), r.orders])).join('');
  }
}
