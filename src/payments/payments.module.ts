import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { OrdersModule } from '../orders/orders.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReportsModule } from '../reports/reports.module';
import { CheckoutService } from './checkout.service';
import { PaymentEventsService } from './payment-events.service';
import { PaymentOrderRepository } from './payment-order.repository';
import { PaymentsController } from './payments.controller';
import { ReconciliationJob } from './reconciliation.job';
import { OrderCancellationService } from './order-cancellation.service';
import { RefundRepository } from './refund.repository';
import { RefundsService } from './refunds.service';
import { StrayRefundRepository } from './stray-refund.repository';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeClient } from './stripe-client';
import { StripeEventRepository } from './stripe-event.repository';
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
    PaymentOrderRepository,
    RefundRepository,
    StripeEventRepository,
    StrayRefundRepository,
  ],
  exports: [CheckoutService, OrderCancellationService, StrayRefundsService],
})
export class PaymentsModule {}
