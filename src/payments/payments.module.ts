import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { OrdersModule } from '../orders/orders.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReportsModule } from '../reports/reports.module';
import { CheckoutService } from './checkout.service';
import { PaymentEventsService } from './payment-events.service';
import { PaymentsController } from './payments.controller';
import { ReconciliationJob } from './reconciliation.job';
import { OrderCancellationService } from './order-cancellation.service';
import { RefundsService } from './refunds.service';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeClient } from './stripe-client';
import { StripeWebhookService } from './stripe-webhook.service';

@Module({
  imports: [CooperativesModule, OrdersModule, PayoutsModule, ReportsModule],
  controllers: [PaymentsController],
  providers: [
    StripeClient,
    CheckoutService,
    PaymentEventsService,
    StripeWebhookService,
    RefundsService,
    ReconciliationJob,
    StrayRefundsService,
    OrderCancellationService,
  ],
  exports: [CheckoutService, OrderCancellationService],
})
export class PaymentsModule {}
