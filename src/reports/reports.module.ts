import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { ExportFactsService } from './export-facts.service';
import { ExportReportService } from './export-report.service';
import { ImpactReportService } from './impact-report.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [ExchangeRatesModule],
  controllers: [ReportsController],
  providers: [ExportReportService, ImpactReportService, ExportFactsService],
  exports: [ExportReportService, ImpactReportService, ExportFactsService],
})
export class ReportsModule {}
