import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { InsuranceModule } from '../insurance/insurance.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReportsModule } from '../reports/reports.module';
import { ShippingModule } from '../shipping/shipping.module';
import { FulfilmentController } from './fulfilment.controller';
import { FulfilmentService } from './fulfilment.service';
import { OrderExpiryJob } from './order-expiry.job';
import { OrderPaymentService } from './order-payment.service';
import { OrderStock } from './order-stock';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({
  imports: [CooperativesModule, ExchangeRatesModule, InsuranceModule, PayoutsModule, ReportsModule, ShippingModule],
  controllers: [OrdersController, FulfilmentController],
  providers: [OrdersService, OrderPaymentService, FulfilmentService, OrderStock, OrderExpiryJob],
  exports: [OrdersService, OrderPaymentService, OrderStock, FulfilmentService],
})
export class OrdersModule {}
