import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatRate, parseRate } from '../../common/money';
import { LandedCostView } from '../../landed-cost/dto/landed-cost.view';
import type { CooperativeOrder } from '../cooperative-order';
import type { Order } from '../order';
import type { OrderLine } from '../order-line';
import { COOPERATIVE_ORDER_STATUSES, ORDER_STATUSES } from '../order-state';
import type { StrayPayment } from '../stray-payment';
import { ShippingAddressDto } from './create-order.dto';
import { StrayPaymentView, toStrayPaymentView } from './stray-payment.view';

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

export function toOrderLineView(l: OrderLine): OrderLineView {
  return {
    productId: l.productId,
    cooperativeId: l.cooperativeId,
    title: l.title,
    hsCode: l.hsCode,
    hsEdition: l.hsEdition,
    originCountry: l.originCountry,
    quantity: l.quantity,
    unitWeightGrams: l.unitWeightGrams,
    unitPriceMinor: l.unitPriceMinor,
    lineTotalMinor: l.lineTotalMinor,
  };
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

export function toCooperativeOrderView(p: CooperativeOrder): CooperativeOrderView {
  return {
    id: p.id,
    cooperativeId: p.cooperativeId,
    status: p.status,
    subtotalMinor: p.subtotalMinor,
    shippingMinor: p.shippingMinor,
    weightGrams: p.weightGrams,
    carrier: p.carrier,
    trackingNumber: p.trackingNumber,
    shippedAt: p.shippedAt,
    deliveredAt: p.deliveredAt,
  };
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
  @ApiProperty({ description: 'Duties and taxes collected with the order (DDP, IOSS, the UK scheme); part of totalMinor' })
  landedCostMinor: number;
  @ApiPropertyOptional({ nullable: true, type: LandedCostView, description: 'The breakdown the order was sold under' })
  landedCost: LandedCostView | null;
  @ApiProperty() totalMinor: number;
  @ApiProperty() refundedMinor: number;
  @ApiProperty({ example: '10.85', description: 'MAD per unit of the order currency, fixed when the order was placed' })
  exchangeRate: string;
  @ApiProperty({ example: '2026-11-29' }) rateAsOf: string;
  @ApiProperty({ type: [CooperativeOrderView] }) cooperativeOrders: CooperativeOrderView[];
  @ApiProperty({ type: ShippingAddressDto }) shippingAddress: ShippingAddressDto;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: string;
  @ApiProperty({ enum: ['card', 'bank_transfer'] }) paymentMethod: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) insuranceQuoteId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'HIRFA-POL-000123', description: 'Set once the order is paid' })
  insurancePolicyNumber: string | null;
  @ApiProperty() expiresAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) paidAt: Date | null;
  @ApiProperty({ type: [StrayPaymentView], description: 'Payments received that this order could not take, and what is done about them' })
  strayPayments: StrayPaymentView[];
  @ApiProperty() createdAt: Date;
}

/** `order` with its lines and parts loaded, and the payments it could not take. */
export function toOrderView(order: Order, strays: StrayPayment[] = []): OrderView {
  const lines = [...(order.lines ?? [])].sort(
    (a, b) => a.cooperativeId.localeCompare(b.cooperativeId) || a.productId.localeCompare(b.productId),
  );
  const parts = [...(order.cooperativeOrders ?? [])].sort((a, b) => a.cooperativeId.localeCompare(b.cooperativeId));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    currency: order.currency,
    lines: lines.map(toOrderLineView),
    subtotalMinor: order.subtotalMinor,
    shippingMinor: order.shippingMinor,
    insuranceMinor: order.insuranceMinor,
    landedCostMinor: order.landedCostMinor,
    landedCost: order.landedCost,
    totalMinor: order.totalMinor,
    refundedMinor: order.refundedMinor,
    exchangeRate: formatRate(parseRate(order.madPerUnit)),
    rateAsOf: order.rateAsOf,
    cooperativeOrders: parts.map(toCooperativeOrderView),
    shippingAddress: order.shippingAddress,
    incoterm: order.incoterm,
    paymentMethod: order.paymentMethod,
    insuranceQuoteId: order.insuranceQuoteId,
    insurancePolicyNumber: order.insuranceQuote?.policyNumber ?? null,
    expiresAt: order.expiresAt,
    paidAt: order.paidAt,
    strayPayments: strays.map((stray) => toStrayPaymentView(stray, order)),
    createdAt: order.createdAt,
  };
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

export function toCooperativeOrderDetailView(part: CooperativeOrder, order: Order, lines: OrderLine[]): CooperativeOrderDetailView {
  return {
    ...toCooperativeOrderView(part),
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    destinationCountry: order.destinationCountry,
    shippingAddress: order.shippingAddress,
    incoterm: order.incoterm,
    lines: lines.map(toOrderLineView),
    createdAt: part.createdAt,
  };
}

export class CooperativeOrderPage {
  @ApiProperty({ type: [CooperativeOrderDetailView] }) items: CooperativeOrderDetailView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
