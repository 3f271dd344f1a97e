import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import { CollectedReportQuery } from './dto/collected-report.query';
import { CollectedReportView } from './dto/collected-report.view';
import { LandedCostReportService } from './landed-cost-report.service';

@ApiTags('reports')
@Controller('admin/reports/landed-cost')
@Auth('admin')
export class LandedCostReportController {
  constructor(private readonly report: LandedCostReportService) {}

  @Get()
  @ApiOperation({ summary: 'VAT, duties and fees Hirfa collected at checkout, per month and destination (IOSS and HMRC returns)' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: CollectedReportView })
  async collected(@Query() query: CollectedReportQuery): Promise<CollectedReportView | StreamableFile> {
    const report = await this.report.collected(query);
    if (query.format !== 'csv') return report;
    return new StreamableFile(Buffer.from(LandedCostReportService.toCsv(report), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="landed-cost-${report.from}-${report.to}.csv"`,
    });
  }
}
