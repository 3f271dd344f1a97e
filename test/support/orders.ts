import type { Test } from 'supertest';
import type { User } from '../../src/auth/user';
import type { OrderView } from '../../src/orders/dto/order.view';
import type { FakeStripe } from './fake-stripe';
import { bearer, TestApp, tokenFor } from './test-app';

export const US_ADDRESS = { name: 'Emma Johnson', line1: '12 Orchard Street', city: 'Portland', postalCode: '97205', country: 'US' };

/** Places a MAD order to the US through the API, as the buyer would. */
export async function placeOrder(
  t: TestApp,
  buyer: User,
  items: { productId: string; quantity: number }[],
  paymentMethod: 'card' | 'bank_transfer' = 'bank_transfer',
): Promise<OrderView> {
  const res = await t.http
    .post('/api/v1/orders')
    .set(bearer(tokenFor(t.app, buyer)))
    .send({ items, currency: 'MAD', shippingAddress: US_ADDRESS, paymentMethod })
    .expect(201);
  return res.body as OrderView;
}

/** A bank-transfer order that an admin has confirmed, so it is paid. */
export async function paidOrder(
  t: TestApp,
  buyer: User,
  admin: User,
  items: { productId: string; quantity: number }[],
  reference = 'WIRE-TEST',
): Promise<OrderView> {
  const order = await placeOrder(t, buyer, items);
  await t.http
    .post(`/api/v1/orders/${order.id}/confirm-bank-transfer`)
    .set(bearer(tokenFor(t.app, admin)))
    .send({ reference, amountMinor: order.totalMinor })
    .expect(200);
  return order;
}

/** Posts a Stripe event to the app's webhook, signed with the SDK's helper as Stripe would (or with `signature`). */
export function deliverWebhook(t: TestApp, stripe: FakeStripe, event: Record<string, unknown>, signature?: string): Test {
  const signed = stripe.signed(event);
  return t.http
    .post('/api/v1/payments/stripe/webhook')
    .set('Content-Type', 'application/json')
    .set('Stripe-Signature', signature ?? signed.signature)
    .send(signed.body);
}
