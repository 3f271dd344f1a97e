import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { convert, parseRate } from '../common/money';
import { OrderRepository, type NewOrder } from '../orders/order.repository';
import { refreshExportFacts } from '../reports/export-fact.repository';
import { DemoDataRepository } from './demo-data.repository';
import { DEMO_PRODUCTS } from './demo-products';
import { planDemoOrders } from './demo-orders.plan';

const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  AE: 'AED',
  JP: 'JPY',
  FR: 'EUR',
  ES: 'EUR',
  DE: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
};
const CITY_BY_COUNTRY: Readonly<Record<string, [string, string]>> = {
  US: ['Portland', '97205'],
  CA: ['Montréal', 'H2X 1Y4'],
  GB: ['London', 'E1 6AN'],
  AE: ['Dubai', '00000'],
  JP: ['Kyoto', '600-8216'],
  FR: ['Lyon', '69002'],
  ES: ['Sevilla', '41004'],
  DE: ['Berlin', '10115'],
  IT: ['Milano', '20121'],
  NL: ['Utrecht', '3511 AB'],
};
/** Flat shipping for the demo orders, in MAD minor units. */
const DEMO_SHIPPING_MAD_MINOR = 15000;
const DAY_MS = 86_400_000;
export const DEMO_ORDER_PREFIX = 'HF-D';

/**
 * A year and a bit of paid orders from the demo buyers (see demo-orders.plan.ts), written by the
 * order writer in one statement, then counted in the export facts. Skipped when demo orders exist, so seeding again changes nothing.
 */
export async function seedDemoOrders(manager: EntityManager, buyerIds: string[], now = new Date()): Promise<number> {
  const demo = new DemoDataRepository();
  if (await demo.hasDemoOrders(manager, DEMO_ORDER_PREFIX)) return 0;
  const products = await demo.demoOrderProducts(
    manager,
    DEMO_PRODUCTS.map((p) => p.sku),
  );
  const rates = await demo.rates(manager);
  const plan = planDemoOrders(products, now).filter((order) => rates.has(CURRENCY_BY_COUNTRY[order.country]!));
  const rows = plan.map((order) => {
    const product = products.find((p) => p.id === order.product.id)!;
    const currency = CURRENCY_BY_COUNTRY[order.country]!;
    const madPerUnit = rates.get(currency)!;
    const unitPriceMinor = convert(product.priceMinor, 'MAD', currency, parseRate(madPerUnit));
    const shippingMinor = convert(DEMO_SHIPPING_MAD_MINOR, 'MAD', currency, parseRate(madPerUnit));
    const delivered = order.paidAt.getTime() < now.getTime() - 30 * DAY_MS;
    const [city, postalCode] = CITY_BY_COUNTRY[order.country]!;
    return {
      order,
      product,
      currency,
      madPerUnit,
      unitPriceMinor,
      shippingMinor,
      delivered,
      city,
      postalCode,
      buyerId: buyerIds[order.index % buyerIds.length]!,
    };
  });
  const orders = rows.map((r): NewOrder => {
    const { order, product, delivered } = r;
    const subtotalMinor = r.unitPriceMinor * order.quantity;
    const subtotalMadMinor = product.priceMinor * order.quantity;
    const deliveredAt = delivered ? new Date(order.paidAt.getTime() + 12 * DAY_MS) : null;
    const orderId = randomUUID();
    const partId = randomUUID();
    return {
      id: orderId,
      number: `${DEMO_ORDER_PREFIX}${String(order.index + 1).padStart(6, '0')}`,
      buyerId: r.buyerId,
      status: delivered ? 'completed' : 'paid',
      currency: r.currency,
      madPerUnit: r.madPerUnit,
      rateAsOf: order.paidAt.toISOString().slice(0, 10),
      subtotalMinor,
      shippingMinor: r.shippingMinor,
      insuranceMinor: 0,
      landedCostMinor: 0,
      totalMinor: subtotalMinor + r.shippingMinor,
      totalMadMinor: subtotalMadMinor + DEMO_SHIPPING_MAD_MINOR,
      refundedMinor: 0,
      shippingAddress: { name: 'Demo buyer', line1: '1 Market Street', city: r.city, postalCode: r.postalCode, country: order.country },
      destinationCountry: order.country,
      incoterm: 'DAP',
      paymentMethod: 'card',
      expiresAt: order.paidAt,
      paidAt: order.paidAt,
      closedAt: deliveredAt,
      createdAt: new Date(order.paidAt.getTime() - 5 * 60_000),
      cooperativeOrders: [
        {
          id: partId,
          cooperativeId: product.cooperativeId,
          status: delivered ? 'delivered' : 'paid',
          subtotalMinor,
          shippingMinor: r.shippingMinor,
          subtotalMadMinor,
          shippingMadMinor: DEMO_SHIPPING_MAD_MINOR,
          weightGrams: product.weightGrams * order.quantity,
          carrier: delivered ? 'Amana' : null,
          trackingNumber: delivered ? `DEMO${orderId}` : null,
          shippedAt: delivered ? new Date(order.paidAt.getTime() + 2 * DAY_MS) : null,
          deliveredAt,
        },
      ],
      lines: [
        {
          id: randomUUID(),
          cooperativeOrderId: partId,
          productId: product.id,
          cooperativeId: product.cooperativeId,
          title: product.title,
          hsCode: product.hsCode,
          hsEdition: product.hsEdition,
          originCountry: 'MA',
          branch: product.branch,
          unitWeightGrams: product.weightGrams,
          quantity: order.quantity,
          unitPriceMadMinor: product.priceMinor,
          unitPriceMinor: r.unitPriceMinor,
          lineTotalMinor: r.unitPriceMinor * order.quantity,
          lineTotalMadMinor: product.priceMinor * order.quantity,
        },
      ],
    };
  });
  const orderIdList = (await new OrderRepository(manager.connection).insert(manager, orders)).map((o) => o.id);
  await refreshExportFacts(manager, orderIdList);
  return rows.length;
}
