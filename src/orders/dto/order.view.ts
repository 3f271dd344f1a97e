import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LandedCostView } from '../../landed-cost/dto/landed-cost.view';
import { COOPERATIVE_ORDER_STATUSES, ORDER_STATUSES } from '../order-state';
import { ShippingAddressDto } from './create-order.dto';
import { StrayPaymentView } from './stray-payment.view';

export class OrderLineView {
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '691200' }) hsCode: string;
  @ApiProperty({ example: 2022, description: 'The HS edition hsCode belongs to' }) hsEdition: number;
  @ApiProperty({ example: 'MA' }) originCountry: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitWeightGrams: number;
  @ApiProperty() unitPriceMinor: number;
  @ApiProperty() lineTotalMinor: number;
}

export class CooperativeOrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiProperty({ enum: COOPERATIVE_ORDER_STATUSES }) status: string;
  @ApiProperty() subtotalMinor: number;
  @ApiProperty() shippingMinor: number;
  @ApiProperty() weightGrams: number;
  @ApiPropertyOptional({ nullable: true, type: String }) carrier: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) trackingNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) shippedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) deliveredAt: Date | null;
}

export class OrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HF-00000042' }) number: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: [OrderLineView] }) lines: OrderLineView[];
  @ApiProperty() subtotalMinor: number;
  @ApiProperty() shippingMinor: number;
  @ApiProperty() insuranceMinor: number;
  @ApiProperty({ description: 'Duties and taxes collected with the order (DDP, IOSS, the UK scheme); part of totalMinor' }) landedCostMinor: number;
  @ApiPropertyOptional({ nullable: true, type: LandedCostView, description: 'The breakdown the order was sold under' }) landedCost: LandedCostView | null;
  @ApiProperty() totalMinor: number;
  @ApiProperty() refundedMinor: number;
  @ApiProperty({ example: '10.85', description: 'MAD per unit of the order currency, fixed when the order was placed' }) exchangeRate: string;
  @ApiProperty({ example: '2026-11-29' }) rateAsOf: string;
  @ApiProperty({ type: [CooperativeOrderView] }) cooperativeOrders: CooperativeOrderView[];
  @ApiProperty({ type: ShippingAddressDto }) shippingAddress: ShippingAddressDto;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: string;
  @ApiProperty({ enum: ['card', 'bank_transfer'] }) paymentMethod: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) insuranceQuoteId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'HIRFA-POL-000123', description: 'Set once the order is paid' }) insurancePolicyNumber: string | null;
  @ApiProperty() expiresAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) paidAt: Date | null;
  @ApiProperty({ type: [StrayPaymentView], description: 'Payments received that this order could not take, and what is done about them' })
  strayPayments: StrayPaymentView[];
  @ApiProperty() createdAt: Date;
}

export class OrderPage {
  @ApiProperty({ type: [OrderView] }) items: OrderView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}

export class CooperativeOrderDetailView extends CooperativeOrderView {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty() currency: string;
  @ApiProperty({ example: 'US' }) destinationCountry: string;
  @ApiProperty({ type: ShippingAddressDto }) shippingAddress: ShippingAddressDto;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: string;
  @ApiProperty({ type: [OrderLineView] }) lines: OrderLineView[];
  @ApiProperty() createdAt: Date;
}

export class CooperativeOrderPage {
  @ApiProperty({ type: [CooperativeOrderDetailView] }) items: CooperativeOrderDetailView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
