import { canPayByCard } from './card-currency';

export interface CheckoutLine {
  name: string;
  unitAmount: number;
  quantity: number;
}

export interface CheckoutOrder {
  currency: string;
  lines: { title: string; unitPriceMinor: number; quantity: number }[];
  shippingMinor: number;
  insuranceMinor: number;
  landedCostMinor: number;
  totalMinor: number;
}

/**
 * Stripe Checkout line items for an order: one per order line, plus shipping, insurance and
 * the duties and taxes collected at checkout. Our minor units are Stripe's for the currencies
 * canPayByCard accepts; others are refused.
 */
export function checkoutLines(order: CheckoutOrder, insuranceLabel = 'Export-risk insurance'): CheckoutLine[] {
  if (!canPayByCard(order.currency)) {
    throw new Error(`Card payment in ${order.currency} is not supported; choose another currency or a bank transfer`);
  }
  const lines: CheckoutLine[] = order.lines.map((l) => ({ name: l.title, unitAmount: l.unitPriceMinor, quantity: l.quantity }));
  if (order.shippingMinor > 0) lines.push({ name: 'Shipping', unitAmount: order.shippingMinor, quantity: 1 });
  if (order.insuranceMinor > 0) lines.push({ name: insuranceLabel, unitAmount: order.insuranceMinor, quantity: 1 });
  if (order.landedCostMinor > 0) lines.push({ name: 'Import duties and taxes', unitAmount: order.landedCostMinor, quantity: 1 });
  const sum = lines.reduce((total, l) => total + l.unitAmount * l.quantity, 0);
  if (sum !== order.totalMinor) throw new Error(`Checkout lines add up to ${sum}, not the order total ${order.totalMinor}`);
  return lines;
}
