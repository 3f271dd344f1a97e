import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { ExportFactRepository } from './export-fact.repository';
import { ExportFactsService } from './export-facts.service';
import { ExportReportService } from './export-report.service';
import { ImpactReportRepository } from './impact-report.repository';
import { ImpactReportService } from './impact-report.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [ExchangeRatesModule],
  controllers: [ReportsController],
  providers: [ExportReportService, ImpactReportService, ExportFactsService, ExportFactRepository, ImpactReportRepository],
  exports: [ExportReportService, ImpactReportService, ExportFactsService],
})
export class ReportsModule {}
