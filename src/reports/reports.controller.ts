import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { ExportReportQuery } from './dto/export-report.query';
import { ExportReportView } from './dto/export-report.view';
import { ImpactReportQuery } from './dto/impact-report.query';
import { ImpactReportView } from './dto/impact-report.view';
import { ExportReportService } from './export-report.service';
import { ImpactReportService } from './impact-report.service';

@ApiTags('reports')
@Controller('admin/reports')
@Auth('admin')
export class ReportsController {
  constructor(
    private readonly exportReport: ExportReportService,
    private readonly impactReport: ImpactReportService,
  ) {}

  @Get('exports')
  @ApiOperation({ summary: 'Goods exported (paid orders net of refunds) for a period, grouped, with shares and growth on a year earlier' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ExportReportView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'No exchange rate for the currency asked' })
  async exports(@Query() query: ExportReportQuery): Promise<ExportReportView | StreamableFile> {
    const report = await this.exportReport.report(query);
    if (query.format !== 'csv') return report;
    return new StreamableFile(Buffer.from(ExportReportService.toCsv(report), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="exports-${report.groupBy}-${report.from}-${report.to}.csv"`,
    });
  }

  @Get('impact')
  @ApiOperation({
    summary: 'Approved cooperatives and their members (women, youth, rural) by region and branch; exports of women-led cooperatives',
  })
  @ApiOkResponse({ type: ImpactReportView })
  impact(@Query() query: ImpactReportQuery): Promise<ImpactReportView> {
    return this.impactReport.report(query);
  }
}
