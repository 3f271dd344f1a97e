import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { HsCodesModule } from '../hs-codes/hs-codes.module';
import { InsuranceModule } from '../insurance/insurance.module';
import { LandedCostModule } from '../landed-cost/landed-cost.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReportsModule } from '../reports/reports.module';
import { ShippingModule } from '../shipping/shipping.module';
import { CartLandedCostService } from './cart-landed-cost.service';
import { CartPricingModule } from './cart-pricing.module';
import { FulfilmentController } from './fulfilment.controller';
import { FulfilmentService } from './fulfilment.service';
import { LandedCostEstimateController } from './landed-cost-estimate.controller';
import { OrderExpiryJob } from './order-expiry.job';
import { OrderPaymentService } from './order-payment.service';
import { OrderStock } from './order-stock';
import { OrderRepository } from './order.repository';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { StrayPaymentRepository } from './stray-payment.repository';
import { StrayPaymentsService } from './stray-payments.service';

@Module({
  imports: [
    CartPricingModule,
    CooperativesModule,
    ExchangeRatesModule,
    HsCodesModule,
    InsuranceModule,
    LandedCostModule,
    PayoutsModule,
    ReportsModule,
    ShippingModule,
  ],
  controllers: [OrdersController, FulfilmentController, LandedCostEstimateController],
  providers: [
    OrdersService,
    CartLandedCostService,
    OrderPaymentService,
    FulfilmentService,
    OrderStock,
    OrderExpiryJob,
    StrayPaymentsService,
    OrderRepository,
    StrayPaymentRepository,
  ],
  exports: [OrdersService, CartLandedCostService, OrderPaymentService, OrderStock, FulfilmentService, StrayPaymentsService],
})
export class OrdersModule {}
