import { Module } from '@nestjs/common';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { ShippingModule } from '../shipping/shipping.module';
import { CartPricingService } from './cart-pricing.service';
import { CartRepository } from './cart.repository';

/** Cart pricing on its own, so insurance (which orders import) can value carts as orders do. */
@Module({
  imports: [ExchangeRatesModule, ShippingModule],
  providers: [CartPricingService, CartRepository],
  exports: [CartPricingService],
})
export class CartPricingModule {}
