import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import { currencyExponent } from '../common/money';
import { EXPORT_GROUPINGS } from '../reports/dto/export-report.query';
import { ExportReportService } from '../reports/export-report.service';
import { ImpactReportService } from '../reports/impact-report.service';
import { ReportsPageQuery } from './page-forms';
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
  async show(@Web() web: WebContext, @Query() params: ReportsPageQuery, @Res() res: Response): Promise<void> {
    const query = { ...params, groupBy: params.groupBy ?? 'country', currency: params.currency ?? 'MAD' };
    const [report, impact] = await Promise.all([
      this.exportReport.report(query),
      this.impactReport.report({ from: query.from, to: query.to }),
    ]);
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
