import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { CartPricingModule } from '../orders/cart-pricing.module';
import { CountryRiskRepository } from './country-risk.repository';
import { CountryRisksService } from './country-risks.service';
import { InsuranceController } from './insurance.controller';
import { InsuranceQuotesService } from './insurance-quotes.service';
import { InsuranceQuoteRepository } from './insurance-quote.repository';
import { InsuranceRateTableRepository } from './insurance-rate-table.repository';
import { InsuranceRatesService } from './insurance-rates.service';

@Module({
  imports: [CartPricingModule, CooperativesModule, ExchangeRatesModule],
  controllers: [InsuranceController],
  providers: [
    InsuranceQuotesService,
    InsuranceRatesService,
    CountryRisksService,
    InsuranceQuoteRepository,
    InsuranceRateTableRepository,
    CountryRiskRepository,
  ],
  exports: [InsuranceQuotesService, CountryRisksService],
})
export class InsuranceModule {}
