import { Controller, Get, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import { DomainError } from '../common/errors/domain-error';
import { currencyExponent } from '../common/money';
import { EXPORT_GROUPINGS, ExportReportQuery } from '../reports/dto/export-report.query';
import { ExportReportService } from '../reports/export-report.service';
import { ImpactReportService } from '../reports/impact-report.service';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/**
 * The export report (table and bar chart) with the impact summary, from the same services as
 * `GET /api/v1/admin/reports/exports` and `/impact`, so the page and the API show the same figures.
 */
@Pages()
@Auth('admin')
@Controller('admin/reports')
export class ReportsPageController {
  constructor(
    private readonly exportReport: ExportReportService,
    private readonly impactReport: ImpactReportService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(@Web() web: WebContext, @Query() params: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const text = (name: string): string | undefined => (typeof params[name] === 'string' && params[name] ? String(params[name]) : undefined);
    const query = plainToInstance(ExportReportQuery, { from: text('from'), to: text('to'), groupBy: text('groupBy') ?? 'country', currency: text('currency') ?? 'MAD' });
    const problems = validateSync(query);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    const [report, impact] = await Promise.all([this.exportReport.report(query), this.impactReport.report({ from: query.from, to: query.to })]);
    const percent = new Intl.NumberFormat(web.intlLocale, { style: 'percent', maximumFractionDigits: 1 });
    const growth = new Intl.NumberFormat(web.intlLocale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    // The chart script reads plain numbers in major units; the table shows the formatted amounts.
    const chart = {
      labels: report.rows.map((r) => r.label),
      values: report.rows.map((r) => r.valueMinor / 10 ** currencyExponent(report.currency)),
      label: web.t('reports.value', { currency: report.currency }),
      locale: web.intlLocale,
      rtl: web.dir === 'rtl',
    };
    this.pages.render(res, web, 'admin-reports', {
      report,
      impact,
      groupings: EXPORT_GROUPINGS,
      chart: JSON.stringify(chart),
      percent: (value: number) => percent.format(value / 100),
      growth: (value: number | null) => (value === null ? '—' : growth.format(value / 100)),
    });
  }
}
