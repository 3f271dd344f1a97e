import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { InsuranceQuotesService } from '../insurance/insurance-quotes.service';
import { NotificationsService } from '../notifications/notifications.service';
import { LedgerService } from '../payouts/ledger.service';
import { ExportFactsService } from '../reports/export-facts.service';
import { CooperativeOrder } from './cooperative-order';
import { ConfirmBankTransferDto } from './dto/confirm-bank-transfer.dto';
import { OrderView } from './dto/order.view';
import { Order } from './order';
import { transition, transitionCooperativeOrder } from './order-state';
import { OrdersService } from './orders.service';

@Injectable()
export class OrderPaymentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly insurance: InsuranceQuotesService,
    private readonly exportFacts: ExportFactsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Marks a locked order and its parts paid (card or bank transfer), credits the cooperatives, binds its insurance and counts it as exported. */
  async markPaid(manager: EntityManager, order: Order, reference: string): Promise<void> {
    order.status = transition(order.status, 'pay');
    order.paidAt = new Date();
    order.paymentReference = reference;
    await manager.save(order);
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id } });
    for (const part of parts) part.status = transitionCooperativeOrder(part.status, 'pay');
    await manager.save(parts);
    await this.ledger.creditSale(manager, order);
    if (order.insuranceQuoteId) await this.insurance.bindForOrder(manager, order.id);
    await this.exportFacts.refresh(manager, [order.id]);
    await this.notifications.orderPaid(manager, order.id);
  }

  /** An admin records a wholesale buyer's transfer: the amount received must equal the total. */
  async confirmBankTransfer(id: string, admin: AuthUser, dto: ConfirmBankTransferDto): Promise<OrderView> {
    await this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!order) throw new DomainError('NOT_FOUND', 'Order not found');
      if (order.paymentMethod !== 'bank_transfer') {
        throw new DomainError('INVALID_STATE', 'This order is paid by card, not by bank transfer');
      }
      if (order.status !== 'pending_payment') {
        throw new DomainError('INVALID_STATE', `This order is ${order.status.replace('_', ' ')}; only an order awaiting payment can be paid`);
      }
      if (dto.amountMinor !== order.totalMinor) {
        throw new DomainError('AMOUNT_MISMATCH', `The amount received (${dto.amountMinor}) differs from the order total (${order.totalMinor} ${order.currency} minor units)`, {
          expectedMinor: order.totalMinor,
          receivedMinor: dto.amountMinor,
          currency: order.currency,
        });
      }
      await this.markPaid(manager, order, dto.reference);
      await this.audit.record(manager, admin, {
        action: 'order.confirm_bank_transfer',
        targetType: 'order',
        targetId: id,
        before: { status: 'pending_payment' },
        after: { status: order.status, reference: dto.reference, amountMinor: dto.amountMinor },
      });
    });
    return this.orders.view(id);
  }
}
