import { Injectable } from '@nestjs/common';
import { REGIONS, type RegionCode } from '../common/domain/regions';
import { DomainError } from '../common/errors/domain-error';
import { allocate, toDecimalString } from '../common/money';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import type { ExportGrouping } from './dto/export-report.query';
import { ExportReportView } from './dto/export-report.view';
import { ExportFactRepository } from './export-fact.repository';
import { csvLine, growthPercent, sharePercents } from './report-math';

export interface ExportReportRequest {
  from?: string;
  to?: string;
  groupBy: ExportGrouping;
  currency: string;
}

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
    private readonly exportFacts: ExportFactRepository,
    private readonly rates: ExchangeRatesService,
  ) {}

  async report(request: ExportReportRequest): Promise<ExportReportView> {
    const today = new Date().toISOString().slice(0, 10);
    const from = request.from ?? `${today.slice(0, 4)}-01-01`;
    const to = request.to ?? today;
    if (from > to) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { from, to });
    const quote = await this.rates.quote(request.currency);

    const rows = await this.exportFacts.reportRows(request.groupBy, from, to);

    const current = rows.filter((row) => row.orders > 0);
    const madValues = current.map((row) => row.valueMad);
    const totalMad = madValues.reduce((a, b) => a + b, 0);
    const previousTotal = rows.reduce((a, row) => a + row.previousMad, 0);
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
        label: label(request.groupBy, row.key, row.storedLabel),
        valueMinor: values[i]!,
        orders: row.orders,
        sharePct: shares[i]!,
        growthPct: growthPercent(madValues[i]!, row.previousMad),
      })),
    };
  }

  static toCsv(report: ExportReportView): string {
    const header = csvLine(['key', 'label', 'currency', 'value', 'orders', 'share_pct', 'growth_pct']);
    return (
      header +
      report.rows
        .map((row) =>
          csvLine([
            row.key,
            row.label,
            report.currency,
            toDecimalString(row.valueMinor, report.currency),
            row.orders,
            row.sharePct.toFixed(2),
            row.growthPct === null ? null : row.growthPct.toFixed(2),
          ]),
        )
        .join('')
    );
  }
}
