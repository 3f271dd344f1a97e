import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { formatMoney } from '../common/money';
import type { MailLocale } from './i18n/mail-locale';
import type { MailKey } from './i18n/mail.en';
import type { MailContent } from './mail-content';
import { sendsDespiteOptOut, type MessageKind } from './message-kinds';
import {
  NotificationsRepository,
  type LineFacts,
  type OrderFacts,
  type PartFacts,
  type StrayPaymentFacts,
} from './notifications.repository';
import { OutboxService, type Recipient } from './outbox.service';
import { trackingUrl } from './tracking-url';

type Why = { key: 'why.account' | 'why.admin' } | { key: 'why.order'; number: string } | { key: 'why.cooperative'; cooperative: string };

interface Draft {
  subject: [MailKey, Record<string, string | number>?];
  paragraphs: string[];
  table?: MailContent['table'];
  details?: MailContent['details'];
  actions?: MailContent['actions'];
  why: Why;
}

/**
 * What each party is told when something happens, each in their own language. Every method runs
 * inside the caller's transaction (one call where the event happens) and only writes to the outbox.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly data: NotificationsRepository,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private link(path: string): string {
    return new URL(path, this.config.publicBaseUrl).toString();
  }

  private send(manager: EntityManager, kind: MessageKind, to: Recipient, draft: (l: MailLocale) => Draft): Promise<void> {
    return this.outbox.add(manager, kind, to, (l) => {
      const d = draft(l);
      const { key, ...params } = d.why;
      return {
        subject: l.t(...d.subject),
        greeting: l.t('greeting', { name: to.name }),
        paragraphs: d.paragraphs,
        table: d.table,
        details: d.details,
        actions: d.actions,
        why: l.t(key, params),
        optOut: sendsDespiteOptOut(kind) ? undefined : l.t('optOut', { url: this.link('/account') }),
        signature: l.t('signature'),
      };
    });
  }

  private async sendAll(manager: EntityManager, kind: MessageKind, to: Recipient[], draft: (l: MailLocale) => Draft): Promise<void> {
    for (const recipient of to) await this.send(manager, kind, recipient, draft);
  }

  // Accounts

  async verifyEmail(manager: EntityManager, userId: string, token: string, expiresAt: Date): Promise<void> {
    const user = await this.data.user(manager, userId);
    await this.send(manager, 'account.verify_email', user, (l) => ({
      subject: ['verify.subject'],
      paragraphs: [l.t('verify.body', { expiresAt: l.date(expiresAt) }), l.t('verify.ignore')],
      actions: [{ label: l.t('verify.action'), url: this.link(`/verify-email?token=${encodeURIComponent(token)}`) }],
      why: { key: 'why.account' },
    }));
  }

  async passwordReset(manager: EntityManager, userId: string, token: string, expiresAt: Date): Promise<void> {
    const user = await this.data.user(manager, userId);
    await this.send(manager, 'account.password_reset', user, (l) => ({
      subject: ['reset.subject'],
      paragraphs: [l.t('reset.body', { expiresAt: l.date(expiresAt) }), l.t('reset.ignore')],
      actions: [{ label: l.t('reset.action'), url: this.link(`/reset-password?token=${encodeURIComponent(token)}`) }],
      why: { key: 'why.account' },
    }));
  }

  async passwordChanged(manager: EntityManager, userId: string): Promise<void> {
    const user = await this.data.user(manager, userId);
    await this.send(manager, 'account.password_changed', user, (l) => ({
      subject: ['passwordChanged.subject'],
      paragraphs: [l.t('passwordChanged.body'), l.t('passwordChanged.notYou')],
      actions: [{ label: l.t('passwordChanged.action'), url: this.link('/forgot-password') }],
      why: { key: 'why.account' },
    }));
  }

  /** Told at the old address, after the change: the new one gets a verification link. */
  async emailChanged(manager: EntityManager, userId: string, oldEmail: string): Promise<void> {
    const user = await this.data.user(manager, userId);
    await this.send(manager, 'account.email_changed', { ...user, email: oldEmail }, (l) => ({
      subject: ['emailChanged.subject'],
      paragraphs: [l.t('emailChanged.body', { email: user.email }), l.t('emailChanged.notYou')],
      why: { key: 'why.account' },
    }));
  }

  // Orders, to the buyer and the cooperatives

  async orderPlaced(manager: EntityManager, orderId: string): Promise<void> {
    await this.orderPlacedWith(manager, await this.data.order(manager, orderId));
  }

  /** The same from what the placing transaction already holds, so it reads nothing more while it holds stock locks. */
  async orderPlacedWith(
    manager: EntityManager,
    { order, buyer, lines }: { order: OrderFacts; buyer: Recipient; lines: LineFacts[] },
  ): Promise<void> {
    await this.send(manager, 'order.placed', buyer, (l) => {
      const money = (minor: number): string => formatMoney(minor, order.currency, l.intl);
      const payment =
        order.paymentMethod === 'bank_transfer'
          ? l.t('placed.bank', { amount: money(order.totalMinor), reference: order.number, deadline: l.date(order.expiresAt) })
          : l.t('placed.card', { deadline: l.date(order.expiresAt) });
      return {
        subject: ['placed.subject', { number: order.number }],
        paragraphs: [l.t('placed.body', { number: order.number }), payment],
        table: this.linesTable(l, order, lines),
        actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
        why: { key: 'why.order', number: order.number },
      };
    });
  }

  /** The buyer learns the payment arrived; each cooperative's members what to prepare and where to send it. */
  async orderPaid(manager: EntityManager, orderId: string): Promise<void> {
    const { order, buyer, lines } = await this.data.order(manager, orderId);
    await this.send(manager, 'order.paid', buyer, (l) => ({
      subject: ['paid.subject', { number: order.number }],
      paragraphs: [l.t('paid.body', { number: order.number, amount: formatMoney(order.totalMinor, order.currency, l.intl) })],
      actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
      why: { key: 'why.order', number: order.number },
    }));
    for (const part of await this.data.parts(manager, { orderId })) {
      const partLines = lines.filter((line) => line.cooperativeOrderId === part.id);
      const members = await this.data.members(manager, part.cooperativeId);
      await this.sendAll(manager, 'cooperative_order.to_prepare', members, (l) => ({
        subject: ['prepare.subject', { number: order.number }],
        paragraphs: [l.t('prepare.body', { number: order.number, cooperative: part.cooperativeName })],
        table: {
          head: [l.t('order.item'), l.t('order.quantity')],
          rows: partLines.map((line) => [this.title(l, line.title), String(line.quantity)]),
          totals: [],
        },
        details: [{ label: l.t('prepare.shipTo'), value: addressLines(order) }],
        actions: [
          { label: l.t('prepare.invoice'), url: this.link(`/cooperative-orders/${part.id}/commercial-invoice.pdf`) },
          { label: l.t('prepare.orders'), url: this.link(`/artisan/cooperatives/${part.cooperativeId}/orders`) },
        ],
        why: { key: 'why.cooperative', cooperative: part.cooperativeName },
      }));
    }
  }

  /** An unpaid order was cancelled or expired (cooperatives were never asked to prepare it). */
  async orderClosed(manager: EntityManager, orderId: string, outcome: 'cancel' | 'expire'): Promise<void> {
    const { order, buyer } = await this.data.order(manager, orderId);
    const prefix = outcome === 'cancel' ? 'cancelled' : 'expired';
    await this.send(manager, outcome === 'cancel' ? 'order.cancelled' : 'order.expired', buyer, (l) => ({
      subject: [`${prefix}.subject`, { number: order.number }],
      paragraphs: [l.t(`${prefix}.body`, { number: order.number })],
      actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
      why: { key: 'why.order', number: order.number },
    }));
  }

  /** A refund reached the order; parts cancelled by it (unshipped, on a full refund) must not be shipped. */
  async orderRefunded(manager: EntityManager, orderId: string, amountMinor: number, cancelledPartIds: string[]): Promise<void> {
    const { order, buyer } = await this.data.order(manager, orderId);
    await this.send(manager, 'order.refunded', buyer, (l) => ({
      subject: ['refunded.subject', { number: order.number }],
      paragraphs: [l.t('refunded.body', { number: order.number, amount: formatMoney(amountMinor, order.currency, l.intl) })],
      actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
      why: { key: 'why.order', number: order.number },
    }));
    for (const part of await this.data.parts(manager, { orderId })) {
      if (!cancelledPartIds.includes(part.id)) continue;
      const members = await this.data.members(manager, part.cooperativeId);
      await this.sendAll(manager, 'cooperative_order.cancelled', members, (l) => ({
        subject: ['partCancelled.subject', { number: order.number }],
        paragraphs: [l.t('partCancelled.body', { number: order.number, cooperative: part.cooperativeName })],
        actions: [{ label: l.t('prepare.orders'), url: this.link(`/artisan/cooperatives/${part.cooperativeId}/orders`) }],
        why: { key: 'why.cooperative', cooperative: part.cooperativeName },
      }));
    }
  }

  async partShipped(manager: EntityManager, partId: string): Promise<void> {
    const [part, order, buyer] = await this.partAndOrder(manager, partId);
    const tracking = trackingUrl(part.carrier ?? '', part.trackingNumber ?? '');
    await this.send(manager, 'order.shipped', buyer, (l) => ({
      subject: ['shipped.subject', { number: order.number }],
      paragraphs: [l.t('shipped.body', { number: order.number, cooperative: part.cooperativeName })],
      details: [
        { label: l.t('shipped.carrier'), value: part.carrier ?? '' },
        { label: l.t('shipped.tracking'), value: part.trackingNumber ?? '' },
      ],
      actions: [
        ...(tracking ? [{ label: l.t('shipped.track'), url: tracking }] : []),
        { label: l.t('order.view'), url: this.link(`/orders/${order.id}`) },
      ],
      why: { key: 'why.order', number: order.number },
    }));
  }

  async partDelivered(manager: EntityManager, partId: string): Promise<void> {
    const [part, order, buyer] = await this.partAndOrder(manager, partId);
    await this.send(manager, 'order.delivered', buyer, (l) => ({
      subject: ['delivered.subject', { number: order.number }],
      paragraphs: [l.t('delivered.body', { number: order.number, cooperative: part.cooperativeName })],
      actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
      why: { key: 'why.order', number: order.number },
    }));
  }

  /** Admins hear of each payment that reached no paid order: why, and what is done or to do. */
  async paymentNeedsAttention(manager: EntityManager, stray: StrayPaymentFacts): Promise<void> {
    const { order } = await this.data.order(manager, stray.orderId);
    const next = stray.state === 'review' ? 'review' : stray.method === 'card' ? 'autoRefund' : 'bankRefund';
    await this.sendAll(manager, 'admin.payment_attention', await this.data.admins(manager), (l) => ({
      subject: ['adminPayment.subject', { number: order.number }],
      paragraphs: [
        l.t('adminPayment.body', {
          number: order.number,
          amount: formatMoney(stray.amountMinor, stray.currency, l.intl),
          reason: l.t(`adminPayment.${stray.cause}`),
        }),
        l.t(`adminPayment.${next}`),
      ],
      actions: [{ label: l.t('adminPayment.action'), url: this.link('/admin/payments') }],
      why: { key: 'why.admin' },
    }));
  }

  /** The buyer hears that money which could not pay their order went back to them, and how. */
  async strayPaymentReturned(manager: EntityManager, stray: StrayPaymentFacts): Promise<void> {
    const { order, buyer } = await this.data.order(manager, stray.orderId);
    await this.send(manager, 'order.payment_returned', buyer, (l) => ({
      subject: ['returned.subject', { number: order.number }],
      paragraphs: [
        l.t('returned.body', {
          number: order.number,
          amount: formatMoney(stray.amountMinor, stray.currency, l.intl),
          reason: l.t(`returned.${stray.cause}`),
        }),
        stray.method === 'card' ? l.t('returned.card') : l.t('returned.bankTransfer', { reference: stray.refundReference ?? '' }),
      ],
      actions: [{ label: l.t('order.view'), url: this.link(`/orders/${order.id}`) }],
      why: { key: 'why.order', number: order.number },
    }));
  }

  // Cooperatives and products

  async cooperativeApplied(manager: EntityManager, cooperativeId: string): Promise<void> {
    const cooperative = await this.data.cooperative(manager, cooperativeId);
    await this.sendAll(manager, 'admin.cooperative_application', await this.data.admins(manager), (l) => ({
      subject: ['adminApplication.subject', { cooperative: cooperative.name }],
      paragraphs: [l.t('adminApplication.body', { cooperative: cooperative.name, city: cooperative.city })],
      actions: [{ label: l.t('adminApplication.action'), url: this.link('/admin/cooperatives') }],
      why: { key: 'why.admin' },
    }));
  }

  /** Approval, rejection or suspension, with the admin's reason; other transitions tell nobody. */
  async cooperativeDecided(manager: EntityManager, cooperativeId: string, action: string): Promise<void> {
    const kinds: Record<string, [MessageKind, 'coopApproved' | 'coopRejected' | 'coopSuspended']> = {
      approve: ['cooperative.approved', 'coopApproved'],
      reject: ['cooperative.rejected', 'coopRejected'],
      suspend: ['cooperative.suspended', 'coopSuspended'],
    };
    const entry = kinds[action];
    if (!entry) return;
    const [kind, prefix] = entry;
    const cooperative = await this.data.cooperative(manager, cooperativeId);
    const params = { cooperative: cooperative.name, reason: cooperative.statusReason ?? '' };
    await this.sendAll(manager, kind, await this.data.members(manager, cooperativeId), (l) => ({
      subject: [`${prefix}.subject`, params],
      paragraphs: [l.t(`${prefix}.body`, params)],
      actions: [{ label: l.t('coop.dashboard'), url: this.link('/artisan') }],
      why: { key: 'why.cooperative', cooperative: cooperative.name },
    }));
  }

  async productDecided(manager: EntityManager, productId: string, action: string): Promise<void> {
    if (action !== 'approve' && action !== 'reject') return;
    const product = await this.data.product(manager, productId);
    const cooperative = await this.data.cooperative(manager, product.cooperativeId);
    const published = action === 'approve';
    const members = await this.data.members(manager, product.cooperativeId);
    await this.sendAll(manager, published ? 'product.published' : 'product.rejected', members, (l) => {
      const params = { product: this.title(l, product.title), reason: product.statusReason ?? '' };
      return {
        subject: [published ? 'productPublished.subject' : 'productRejected.subject', params],
        paragraphs: [l.t(published ? 'productPublished.body' : 'productRejected.body', params)],
        actions: published
          ? [{ label: l.t('productPublished.view'), url: this.link(`/products/${product.id}`) }]
          : [{ label: l.t('coop.dashboard'), url: this.link('/artisan') }],
        why: { key: 'why.cooperative', cooperative: cooperative.name },
      };
    });
  }

  /** Managers hear of each bank-transfer payout to their cooperative. */
  async payoutRecorded(manager: EntityManager, cooperativeId: string, amountMadMinor: number, reference: string): Promise<void> {
    const cooperative = await this.data.cooperative(manager, cooperativeId);
    await this.sendAll(manager, 'payout.recorded', await this.data.members(manager, cooperativeId, true), (l) => {
      const params = { amount: formatMoney(amountMadMinor, 'MAD', l.intl), cooperative: cooperative.name, reference };
      return {
        subject: ['payout.subject', params],
        paragraphs: [l.t('payout.body', params)],
        actions: [{ label: l.t('coop.dashboard'), url: this.link('/artisan') }],
        why: { key: 'why.cooperative', cooperative: cooperative.name },
      };
    });
  }

  private async partAndOrder(manager: EntityManager, partId: string): Promise<[PartFacts, OrderFacts, Recipient]> {
    const [part] = await this.data.parts(manager, { id: partId });
    const { order, buyer } = await this.data.order(manager, part!.orderId);
    return [part!, order, buyer];
  }

  private title(l: MailLocale, title: Partial<Record<string, string>>): string {
    return title[l.locale] ?? title.en ?? '';
  }

  private linesTable(l: MailLocale, order: OrderFacts, lines: LineFacts[]): MailContent['table'] {
    const money = (minor: number): string => formatMoney(minor, order.currency, l.intl);
    return {
      head: [l.t('order.item'), l.t('order.quantity'), l.t('order.amount')],
      rows: lines.map((line) => [this.title(l, line.title), String(line.quantity), money(line.lineTotalMinor)]),
      totals: [
        { label: l.t('order.subtotal'), value: money(order.subtotalMinor) },
        { label: l.t('order.shipping'), value: money(order.shippingMinor) },
        ...(order.insuranceMinor > 0 ? [{ label: l.t('order.insurance'), value: money(order.insuranceMinor) }] : []),
        ...(order.landedCostMinor > 0 ? [{ label: l.t('order.dutiesTaxes'), value: money(order.landedCostMinor) }] : []),
        { label: l.t('order.total'), value: money(order.totalMinor) },
      ],
    };
  }
}

function addressLines(order: OrderFacts): string {
  const a = order.shippingAddress;
  return [a.name, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country, a.phone].filter(Boolean).join('\n');
}
