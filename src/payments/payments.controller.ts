import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, RawBodyRequest, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { OrderView } from '../orders/dto/order.view';
import { StrayPaymentPage, StrayPaymentView } from '../orders/dto/stray-payment.view';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { CheckoutService } from './checkout.service';
import { CheckoutView } from './dto/checkout.view';
import { ListStrayPaymentsQuery } from './dto/list-stray-payments.query';
import { RecordBankRefundDto } from './dto/record-bank-refund.dto';
import { RefundOrderDto } from './dto/refund-order.dto';
import { OrderCancellationService } from './order-cancellation.service';
import { RefundsService } from './refunds.service';
import { StrayRefundsService } from './stray-refunds.service';
import { StripeClient } from './stripe-client';
import { StripeWebhookService, WebhookResult } from './stripe-webhook.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(
    private readonly checkoutService: CheckoutService,
    private readonly refunds: RefundsService,
    private readonly stripe: StripeClient,
    private readonly webhooks: StripeWebhookService,
    private readonly cancellation: OrderCancellationService,
    private readonly strays: StrayPaymentsService,
    private readonly strayRefunds: StrayRefundsService,
  ) {}

  @Post('orders/:id/checkout')
  @HttpCode(200)
  @Auth('buyer')
  @ApiOperation({ summary: 'A Stripe Checkout Session for a pending card order (the same open session when called again)' })
  @ApiOkResponse({ type: CheckoutView })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'PAYMENTS_NOT_CONFIGURED' })
  checkout(@Param('id', uuid) id: string, @CurrentUser() buyer: AuthUser): Promise<CheckoutView> {
    return this.checkoutService.checkout(id, buyer);
  }

  // Here rather than with the other order routes: cancelling expires the order's Stripe session first.
  @Post('orders/:id/cancel')
  @HttpCode(200)
  @Auth('buyer', 'admin')
  @ApiTags('orders')
  @ApiOperation({ summary: 'Cancel an order awaiting payment: its checkout is closed at Stripe, then its stock released' })
  @ApiOkResponse({ type: OrderView })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'INVALID_STATE when the order is not awaiting payment, or was paid before its checkout closed',
  })
  cancel(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<OrderView> {
    return this.cancellation.cancel(id, user);
  }

  @Post('orders/:id/refund')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'Refund all or part of a card payment through Stripe' })
  @ApiOkResponse({ type: OrderView })
  refund(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser, @Body() dto: RefundOrderDto): Promise<OrderView> {
    return this.refunds.refund(id, admin, dto);
  }

  @Get('admin/payments')
  @Auth('admin')
  @ApiTags('admin')
  @ApiOperation({
    summary: 'Payments not attached to a paid order (paid after cancel or expiry, other amount, twice), with what is done about them',
  })
  @ApiOkResponse({ type: StrayPaymentPage })
  payments(@Query() query: ListStrayPaymentsQuery): Promise<StrayPaymentPage> {
    return this.strays.list(query.states(), query.limit, query.cursor);
  }

  @Post('admin/payments/:id/refund')
  @HttpCode(200)
  @Auth('admin')
  @ApiTags('admin')
  @ApiOperation({
    summary: 'Send a payment kept for review to be refunded: a card payment is refunded through Stripe at once, a transfer by hand',
  })
  @ApiOkResponse({ type: StrayPaymentView })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE when the payment is not kept for review' })
  refundStray(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser): Promise<StrayPaymentView> {
    return this.strayRefunds.decideRefund(id, admin);
  }

  @Post('admin/payments/:id/refunded')
  @HttpCode(200)
  @Auth('admin')
  @ApiTags('admin')
  @ApiOperation({ summary: 'Record a stray bank transfer sent back to the buyer by hand, with the bank reference of that refund' })
  @ApiOkResponse({ type: StrayPaymentView })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE when the payment is by card, or not due for refund' })
  recordBankRefund(
    @Param('id', uuid) id: string,
    @CurrentUser() admin: AuthUser,
    @Body() dto: RecordBankRefundDto,
  ): Promise<StrayPaymentView> {
    return this.strays.recordBankRefund(id, admin, dto.reference);
  }

  @Post('payments/stripe/webhook')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stripe webhook: signature checked on the raw body; each event id applied once' })
  @ApiOkResponse({ schema: { example: { received: true, duplicate: false, outcome: 'paid' } } })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'Bad or missing Stripe-Signature' })
  webhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string): Promise<WebhookResult> {
    return this.webhooks.handle(this.stripe.verifyWebhook(req.rawBody, signature));
  }
}
