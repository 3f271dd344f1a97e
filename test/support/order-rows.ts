import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { User } from '../../src/auth/user';
import type { Cooperative } from '../../src/cooperatives/cooperative';
import type { CooperativeOrder } from '../../src/orders/cooperative-order';
import type { Order } from '../../src/orders/order';
import type { OrderLine } from '../../src/orders/order-line';
import { OrderRepository, type NewCooperativeOrder, type NewOrder } from '../../src/orders/order.repository';
import type { OrderStatus } from '../../src/orders/order-state';
import type { Product } from '../../src/products/product';
import { US_ADDRESS } from './orders';
import { refreshExportFacts } from '../../src/reports/export-fact.repository';

export interface OrderRowLine {
  cooperative: Cooperative;
  product: Product;
  quantity: number;
  unitPriceMinor: number;
  hsCode?: string;
  branch?: string;
  title?: string;
}

export interface OrderRowSpec {
  buyer: User;
  lines: OrderRowLine[];
  status?: OrderStatus;
  currency?: string;
  madPerUnit?: string;
  paidAt?: Date | null;
  country?: string;
  shippingMinor?: number;
  insuranceMinor?: number;
  refundedMinor?: number;
}

/**
 * Writes an order as the order service would have left it, with chosen dates, statuses and
 * refunds, so report and invoice tests build exact data sets without going through payments; the
 * export facts are refreshed as payment and refunds would.
 * Shipping goes to the first cooperative part. Amounts in MAD use the order's rate.
 */
export async function insertOrder(
  db: DataSource,
  spec: OrderRowSpec,
): Promise<{ order: Order; parts: CooperativeOrder[]; lines: OrderLine[] }> {
  const rate = Number(spec.madPerUnit ?? '1');
  const status = spec.status ?? 'paid';
  const shippingMinor = spec.shippingMinor ?? 0;
  const insuranceMinor = spec.insuranceMinor ?? 0;
  const subtotalMinor = spec.lines.reduce((a, l) => a + l.quantity * l.unitPriceMinor, 0);
  const totalMinor = subtotalMinor + shippingMinor + insuranceMinor;
  const cooperatives = [...new Map(spec.lines.map((l) => [l.cooperative.id, l.cooperative])).values()];
  const parts = cooperatives.map((cooperative, index) => {
    const own = spec.lines.filter((l) => l.cooperative.id === cooperative.id);
    const partSubtotal = own.reduce((a, l) => a + l.quantity * l.unitPriceMinor, 0);
    const partShipping = index === 0 ? shippingMinor : 0;
    const part: NewCooperativeOrder = {
      id: randomUUID(),
      cooperativeId: cooperative.id,
      status: status === 'pending_payment' ? 'pending_payment' : status === 'refunded' ? 'refunded' : 'paid',
      subtotalMinor: partSubtotal,
      shippingMinor: partShipping,
      subtotalMadMinor: Math.round(partSubtotal * rate),
      shippingMadMinor: Math.round(partShipping * rate),
      weightGrams: own.reduce((a, l) => a + l.quantity * l.product.weightGrams, 0),
    };
    return { part, own };
  });
  const order: NewOrder = {
    id: randomUUID(),
    number: `H-T${randomBytes(5).toString('hex').toUpperCase()}`,
    buyerId: spec.buyer.id,
    status,
    currency: spec.currency ?? 'MAD',
    madPerUnit: spec.madPerUnit ?? '1',
    rateAsOf: '2026-01-01',
    subtotalMinor,
    shippingMinor,
    insuranceMinor,
    landedCostMinor: 0,
    totalMinor,
    totalMadMinor: Math.round(totalMinor * rate),
    refundedMinor: spec.refundedMinor ?? 0,
    shippingAddress: { ...US_ADDRESS, country: spec.country ?? 'US' },
    destinationCountry: spec.country ?? 'US',
    incoterm: 'DAP',
    paymentMethod: 'bank_transfer',
    expiresAt: new Date(Date.now() + 30 * 60_000),
    paidAt: spec.paidAt === undefined ? new Date() : spec.paidAt,
    cooperativeOrders: parts.map(({ part }) => part),
    lines: parts.flatMap(({ part, own }) =>
      own.map((l) => ({
        id: randomUUID(),
        cooperativeOrderId: part.id,
        productId: l.product.id,
        cooperativeId: part.cooperativeId,
        title: l.title ?? l.product.title.en,
        hsCode: l.hsCode ?? l.product.hsCode ?? '000000',
        hsEdition: l.product.hsEdition ?? 2022,
        originCountry: 'MA',
        branch: l.branch ?? l.product.branch,
        unitWeightGrams: l.product.weightGrams,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        lineTotalMinor: l.quantity * l.unitPriceMinor,
        unitPriceMadMinor: Math.round(l.unitPriceMinor * rate),
        lineTotalMadMinor: Math.round(l.quantity * l.unitPriceMinor * rate),
      })),
    ),
  };
  return db.transaction(async (tx) => {
    const [written] = await new OrderRepository(db).insert(tx, [order]);
    await refreshExportFacts(tx, [written!.id]);
    return { order: written!, parts: written!.cooperativeOrders, lines: written!.lines };
  });
}
