import { Module } from '@nestjs/common';
import { ShippingRateRepository } from './shipping-rate.repository';
import { ShippingRatesController } from './shipping-rates.controller';
import { ShippingRatesService } from './shipping-rates.service';

@Module({
  controllers: [ShippingRatesController],
  providers: [ShippingRatesService, ShippingRateRepository],
  exports: [ShippingRatesService],
})
export class ShippingModule {}
