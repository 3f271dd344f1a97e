import { formatRate, parseRate } from '../common/money';
import { CooperativeOrder } from './cooperative-order';
import { CooperativeOrderDetailView, CooperativeOrderView, OrderLineView, OrderView } from './dto/order.view';
import { Order } from './order';
import { OrderLine } from './order-line';
import { StrayPayment } from './stray-payment';
import { toStrayPaymentView } from './dto/stray-payment.view';

export function lineView(l: OrderLine): OrderLineView {
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

export function partView(p: CooperativeOrder): CooperativeOrderView {
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

/** `order` with its lines and parts loaded, and the payments it could not take. */
export function orderView(order: Order, strays: StrayPayment[] = []): OrderView {
  const lines = [...(order.lines ?? [])].sort((a, b) => a.cooperativeId.localeCompare(b.cooperativeId) || a.productId.localeCompare(b.productId));
  const parts = [...(order.cooperativeOrders ?? [])].sort((a, b) => a.cooperativeId.localeCompare(b.cooperativeId));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    currency: order.currency,
    lines: lines.map(lineView),
    subtotalMinor: order.subtotalMinor,
    shippingMinor: order.shippingMinor,
    insuranceMinor: order.insuranceMinor,
    landedCostMinor: order.landedCostMinor,
    landedCost: order.landedCost,
    totalMinor: order.totalMinor,
    refundedMinor: order.refundedMinor,
    exchangeRate: formatRate(parseRate(order.madPerUnit)),
    rateAsOf: order.rateAsOf,
    cooperativeOrders: parts.map(partView),
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

export function cooperativeOrderDetailView(part: CooperativeOrder, order: Order, lines: OrderLine[]): CooperativeOrderDetailView {
  return {
    ...partView(part),
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    destinationCountry: order.destinationCountry,
    shippingAddress: order.shippingAddress,
    incoterm: order.incoterm,
    lines: lines.map(lineView),
    createdAt: part.createdAt,
  };
}
