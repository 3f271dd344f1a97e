import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { toDecimalString } from '../common/money';
import { csvLine } from '../reports/report-math';
import { CollectedReportQuery } from './dto/collected-report.query';
import { CollectedReportView } from './dto/collected-report.view';
import { LandedCostReportRepository } from './landed-cost-report.repository';

/**
 * What Hirfa collected at checkout, per month, destination, currency, kind and scheme: the figures
 * of its IOSS and HMRC returns and of the duties it prepaid under DDP, with what partial refunds
 * gave back. Orders count once paid and while not refunded in full.
 */
@Injectable()
export class LandedCostReportService {
  constructor(private readonly report: LandedCostReportRepository) {}

  async collected(query: CollectedReportQuery): Promise<CollectedReportView> {
    const today = new Date().toISOString().slice(0, 10);
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (from > to)
      throw new DomainError('VALIDATION_FAILED', 'from must not be after to', [{ field: 'from', errors: ['from must not be after to'] }]);
    return { from, to, rows: await this.report.collected(from, to) };
  }

  static toCsv(report: CollectedReportView): string {
    // The refund columns came later: appended, so readers of the first six keep working.
    const header = csvLine(['month', 'destination', 'currency', 'kind', 'scheme', 'amount', 'orders', 'refunded', 'net']);
    return (
      header +
      report.rows
        .map((r) =>
          csvLine([
            r.month,
            r.destination,
            r.currency,
            r.kind,
            r.scheme,
            toDecimalString(r.amountMinor, r.currency),
            r.orders,
            toDecimalString(r.refundedMinor, r.currency),
            toDecimalString(r.netMinor, r.currency),
          ]),
        )
        .join('')
    );
  }
}
