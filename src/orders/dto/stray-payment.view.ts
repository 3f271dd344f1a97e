import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STRAY_PAYMENT_CAUSES, STRAY_PAYMENT_STATES } from '../stray-payment';

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
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class StrayPaymentPage {
  @ApiProperty({ type: [StrayPaymentView] }) items: StrayPaymentView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
