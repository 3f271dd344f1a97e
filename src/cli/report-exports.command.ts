import type { DataSource } from 'typeorm';
import { toGroupedDecimalString } from '../common/money';
import { EXPORT_GROUPINGS, type ExportGrouping } from '../reports/dto/export-report.query';
import { ExportReportView } from '../reports/dto/export-report.view';
import { ExportReportService } from '../reports/export-report.service';
import { ReportsModule } from '../reports/reports.module';
import { withServices } from './cli-context';

export interface ReportExportsOptions {
  year?: string;
  groupBy?: string;
  currency?: string;
}

const pct = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/** The export report as an aligned text table, numbers right-aligned. */
export function formatExportTable(report: ExportReportView): string[] {
  const header = ['Key', 'Label', `Value (${report.currency})`, 'Orders', 'Share %', 'Growth %'];
  const body = report.rows.map((row) => [
    row.key,
    row.label,
    toGroupedDecimalString(row.valueMinor, report.currency),
    String(row.orders),
    pct(row.sharePct),
    pct(row.growthPct),
  ]);
  const footer = [
    'Total',
    '',
    toGroupedDecimalString(report.totalMinor, report.currency),
    '',
    report.rows.length > 0 ? '100.00' : '',
    pct(report.growthPct),
  ];
  const table = [header, ...body, footer];
  const widths = header.map((_, i) => Math.max(...table.map((cells) => [...cells[i]!].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    `Exports ${report.from} to ${report.to} by ${report.groupBy}, ${report.currency}; growth on the same days a year earlier`,
    line(header),
    rule,
    ...body.map(line),
    rule,
    line(footer),
  ];
}

/** `report:exports --year Y [--groupBy G] [--currency C]`: a calendar year, by destination unless told. */
export async function runReportExports(dataSource: DataSource, options: ReportExportsOptions, out: (line: string) => void): Promise<void> {
  if (!options.year || !/^\d{4}$/.test(options.year)) throw new Error('report:exports needs --year YYYY');
  const groupBy = (options.groupBy ?? 'country') as ExportGrouping;
  if (!EXPORT_GROUPINGS.includes(groupBy)) throw new Error(`--groupBy must be one of ${EXPORT_GROUPINGS.join(', ')}`);
  const request = { from: `${options.year}-01-01`, to: `${options.year}-12-31`, groupBy, currency: options.currency ?? 'MAD' };
  const report = await withServices(dataSource, [ReportsModule], (app) => app.get(ExportReportService).report(request));
  formatExportTable(report).forEach((line) => out(line));
}
