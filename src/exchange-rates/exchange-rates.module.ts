import { Module } from '@nestjs/common';
import { ExchangeRateRepository } from './exchange-rate.repository';
import { ExchangeRatesController } from './exchange-rates.controller';
import { ExchangeRatesService } from './exchange-rates.service';

@Module({
  controllers: [ExchangeRatesController],
  providers: [ExchangeRatesService, ExchangeRateRepository],
  exports: [ExchangeRatesService],
})
export class ExchangeRatesModule {}
