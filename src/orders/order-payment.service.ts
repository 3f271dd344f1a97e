import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { NotificationsService } from '../notifications/notifications.service';
import { LedgerService } from '../payouts/ledger.service';
import { ExportFactsService } from '../reports/export-facts.service';
import { ConfirmBankTransferDto } from './dto/confirm-bank-transfer.dto';
import { OrderView } from './dto/order.view';
import { Order } from './order';
import { OrderRepository } from './order.repository';
import { assertTransition } from '../common/domain/lifecycle';
import { COOPERATIVE_ORDER_LIFECYCLE, ORDER_LIFECYCLE } from './order-state';
import { OrderStock } from './order-stock';
import { OrdersService } from './orders.service';
import { decidePayment } from './payment-decision';
import { StrayPayment } from './stray-payment';
import { ReceivedPayment, StrayPaymentsService } from './stray-payments.service';

export interface PaymentOutcome {
  outcome: 'paid' | 'revived' | 'flagged_review' | 'refund_due';
  /** Set when the payment could not pay the order. */
  stray?: StrayPayment;
}

@Injectable()
export class OrderPaymentService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: OrderRepository,
    private readonly orders: OrdersService,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly insurance: InsuranceQuotesService,
    private readonly exportFacts: ExportFactsService,
    private readonly notifications: NotificationsService,
    private readonly stock: OrderStock,
    private readonly strays: StrayPaymentsService,
  ) {}

  /** Marks a locked order and its parts paid (card or bank transfer), credits the cooperatives, binds its insurance and counts it as exported. */
  async markPaid(manager: EntityManager, order: Order, reference: string): Promise<void> {
    order.status = assertTransition(ORDER_LIFECYCLE, order.status, 'pay');
    order.paidAt = new Date();
    order.paymentReference = reference;
    await this.repository.save(manager, order);
    const parts = await this.repository.partsOf(manager, order.id);
    for (const part of parts) part.status = assertTransition(COOPERATIVE_ORDER_LIFECYCLE, part.status, 'pay');
    await this.repository.saveParts(manager, parts);
    await this.ledger.creditSale(manager, order);
    if (order.insuranceQuoteId) await this.insurance.bindForOrder(manager, order.id);
    await this.exportFacts.refresh(manager, [order.id]);
    await this.notifications.orderPaid(manager, order.id);
  }

  /**
   * Applies money received for a locked order as decidePayment says: pays it, revives and pays it,
   * or records the payment as stray (for review or refund) so that it is never lost.
   */
  async receive(manager: EntityManager, order: Order, payment: ReceivedPayment): Promise<PaymentOutcome> {
    const matches = payment.amountMinor === order.totalMinor && payment.currency === order.currency;
    const decision = decidePayment(order.status, matches);
    if (decision.action === 'pay') {
      await this.markPaid(manager, order, payment.reference);
      return { outcome: 'paid' };
    }
    if (decision.action === 'revive_or_refund' && (await this.stock.revive(manager, order))) {
      await this.markPaid(manager, order, payment.reference);
      return { outcome: 'revived' };
    }
    const review = decision.action === 'review';
    const stray = await this.strays.record(manager, order, payment, decision.cause, review ? 'review' : 'refund_due');
    if (review) {
      order.paymentFlag = 'review';
      order.paymentFlagReason = `Received ${payment.amountMinor} ${payment.currency} for an order of ${order.totalMinor} ${order.currency}`;
      await this.repository.save(manager, order);
    }
    return { outcome: review ? 'flagged_review' : 'refund_due', stray };
  }

  /**
   * An admin records a wholesale buyer's transfer. Awaiting payment, it must equal the total; after
   * the hold (expired) it revives the order if the stock is still there; otherwise (or cancelled)
   * it is recorded for refund, never refused.
   */
  async confirmBankTransfer(id: string, admin: AuthUser, dto: ConfirmBankTransferDto): Promise<OrderView> {
    await this.transactions.run(async (manager) => {
      const order = await this.repository.lock(manager, id);
      if (!order) throw new DomainError('NOT_FOUND', 'Order not found');
      if (order.paymentMethod !== 'bank_transfer') {
        throw new DomainError('INVALID_STATE', 'This order is paid by card, not by bank transfer');
      }
      if (!['pending_payment', 'expired', 'cancelled'].includes(order.status)) {
        throw new DomainError('INVALID_STATE', `This order is ${order.status.replace('_', ' ')}; it has been paid already`);
      }
      if (order.status === 'pending_payment' && dto.amountMinor !== order.totalMinor) {
        throw new DomainError(
          'AMOUNT_MISMATCH',
          `The amount received (${dto.amountMinor}) differs from the order total (${order.totalMinor} ${order.currency} minor units)`,
          {
            expectedMinor: order.totalMinor,
            receivedMinor: dto.amountMinor,
            currency: order.currency,
          },
        );
      }
      const before = { status: order.status };
      const received = {
        method: 'bank_transfer' as const,
        reference: dto.reference,
        amountMinor: dto.amountMinor,
        currency: order.currency,
      };
      const { outcome } = await this.receive(manager, order, received);
      await this.audit.record(manager, admin, {
        action: 'order.confirm_bank_transfer',
        targetType: 'order',
        targetId: id,
        before,
        after: { status: order.status, outcome, reference: dto.reference, amountMinor: dto.amountMinor },
      });
    });
    return this.orders.view(id);
  }
}
