import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Order } from '../order';
import { STRAY_PAYMENT_CAUSES, STRAY_PAYMENT_STATES, type StrayPayment } from '../stray-payment';

/** A payment that reached no paid order, with what was or will be done about it. */
export class StrayPaymentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ example: 'HF-00000042' }) orderNumber: string;
  @ApiProperty({ example: 'cancelled' }) orderStatus: string;
  @ApiProperty({ enum: ['card', 'bank_transfer'] }) method: string;
  @ApiProperty({ example: 'pi_3Q…', description: 'Stripe payment intent, or the bank reference of the transfer' }) reference: string;
  @ApiProperty() amountMinor: number;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ enum: STRAY_PAYMENT_CAUSES }) cause: string;
  @ApiProperty({ enum: STRAY_PAYMENT_STATES }) state: string;
  @ApiProperty({ example: 'Refunded automatically through Stripe' }) action: string;
  @ApiPropertyOptional({ nullable: true, type: String }) stripeRefundId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The bank reference of a transfer sent back by hand' })
  refundReference: string | null;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

/** What was or will be done about a stray payment, in words for admins and buyers. */
function strayPaymentAction(stray: Pick<StrayPayment, 'state' | 'method'>): string {
  if (stray.state === 'refunded') return 'Refunded';
  if (stray.state === 'review') return 'An administrator checks it against the order, then refunds it or asks for the rest';
  return stray.method === 'card' ? 'Refunded automatically through Stripe' : 'To be refunded by bank transfer by an administrator';
}

export function toStrayPaymentView(stray: StrayPayment, order: Pick<Order, 'number' | 'status'>): StrayPaymentView {
  return {
    id: stray.id,
    orderId: stray.orderId,
    orderNumber: order.number,
    orderStatus: order.status,
    method: stray.method,
    reference: stray.reference,
    amountMinor: stray.amountMinor,
    currency: stray.currency,
    cause: stray.cause,
    state: stray.state,
    action: strayPaymentAction(stray),
    stripeRefundId: stray.stripeRefundId,
    refundReference: stray.refundReference,
    attempts: stray.attempts,
    lastError: stray.lastError,
    createdAt: stray.createdAt,
    updatedAt: stray.updatedAt,
  };
}

export class StrayPaymentPage {
  @ApiProperty({ type: [StrayPaymentView] }) items: StrayPaymentView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
