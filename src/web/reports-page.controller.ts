import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { currencyExponent } from '../common/money';
import { EXPORT_GROUPINGS, ExportReportQuery } from '../reports/dto/export-report.query';
import { ExportReportService } from '../reports/export-report.service';
import { ImpactReportService } from '../reports/impact-report.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

/**
 * The export report (table and bar chart) with the impact summary, from the same services as
 * `GET /api/v1/admin/reports/exports` and `/impact`, so the page and the API show the same figures.
 */
@Injectable()
export class ReportsPageController {
  constructor(
    private readonly exportReport: ExportReportService,
    private readonly impactReport: ImpactReportService,
    private readonly pages: PageRenderer,
  ) {}

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const text = (name: string): string | undefined => (typeof req.query[name] === 'string' && req.query[name] ? String(req.query[name]) : undefined);
    const query = plainToInstance(ExportReportQuery, { from: text('from'), to: text('to'), groupBy: text('groupBy') ?? 'country', currency: text('currency') ?? 'MAD' });
    const problems = validateSync(query);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    const [report, impact] = await Promise.all([this.exportReport.report(query), this.impactReport.report({ from: query.from, to: query.to })]);
    const percent = new Intl.NumberFormat(req.web.intlLocale, { style: 'percent', maximumFractionDigits: 1 });
    const growth = new Intl.NumberFormat(req.web.intlLocale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    // The chart script reads plain numbers in major units; the table shows the formatted amounts.
    const chart = {
      labels: report.rows.map((r) => r.label),
      values: report.rows.map((r) => r.valueMinor / 10 ** currencyExponent(report.currency)),
      label: req.web.t('reports.value', { currency: report.currency }),
      locale: req.web.intlLocale,
      rtl: req.web.dir === 'rtl',
    };
    this.pages.render(res, req.web, 'admin-reports', {
      report,
      impact,
      groupings: EXPORT_GROUPINGS,
      chart: JSON.stringify(chart),
      percent: (value: number) => percent.format(value / 100),
      growth: (value: number | null) => (value === null ? '—' : growth.format(value / 100)),
    });
  };
}
