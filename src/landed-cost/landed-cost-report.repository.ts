import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EXPORTED_ORDER_STATUSES_SQL } from '../reports/exported-order-statuses';
import { CollectedRow } from './dto/collected-report.view';

/** Reads the landed-cost charges frozen on orders (the orders module's table). */
@Injectable()
export class LandedCostReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Charges collected at checkout on orders paid from `from` to `to` (days, both included) and not
   * refunded in full, with the share of each that partial refunds gave back. A refund is an amount
   * on the whole order, so each charge keeps `charge × (total − refunded) / total`, rounded once per
   * charge as the export report rounds each line (refresh_export_facts).
   */
  async collected(from: string, to: string): Promise<CollectedRow[]> {
    // PostgreSQL returns a bigint sum as text: converted once here.
    const rows = await this.dataSource.query<
      (Omit<CollectedRow, 'amountMinor' | 'refundedMinor' | 'netMinor'> & { amountMinor: string; netMinor: string })[]
    >(
      `SELECT to_char(o.paid_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, o.destination_country AS destination, o.currency,
              c->>'kind' AS kind,
              coalesce(o.landed_cost->>'vatScheme', o.incoterm) AS scheme,
              sum((c->>'amountMinor')::bigint) AS "amountMinor",
              sum(CASE WHEN o.refunded_minor = 0 THEN (c->>'amountMinor')::bigint
                       ELSE round((c->>'amountMinor')::numeric * (o.total_minor - o.refunded_minor) / o.total_minor)::bigint END) AS "netMinor",
              count(DISTINCT o.id)::int AS orders
         FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.landed_cost->'charges') AS c
        WHERE o.landed_cost_minor > 0
          AND o.status IN ${EXPORTED_ORDER_STATUSES_SQL}
          AND o.paid_at >= $1::date AND o.paid_at < $2::date + 1
          AND c->>'collectedAt' = 'checkout'
        GROUP BY 1, 2, 3, 4, 5
        ORDER BY 1, 2, 3, 4, 5`,
      [from, to],
    );
    return rows.map((row) => {
      const [amountMinor, netMinor] = [Number(row.amountMinor), Number(row.netMinor)];
      return { ...row, amountMinor, refundedMinor: amountMinor - netMinor, netMinor };
    });
  }
}
