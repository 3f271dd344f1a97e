import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { allocate, applyBps, convert, parseRate } from '../common/money';
import { Cooperative } from '../cooperatives/cooperative';
import { NotificationsService } from '../notifications/notifications.service';
import { CooperativeOrder } from '../orders/cooperative-order';
import { Order } from '../orders/order';
import { LedgerEntry } from './ledger-entry';

/** Money a cooperative earns and is paid, derived only from appended entries. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  private toMad(order: Order, amountMinor: number): number {
    return convert(amountMinor, order.currency, 'MAD', order.currency === 'MAD' ? undefined : parseRate(order.madPerUnit));
  }

  /**
   * Credits each cooperative for a paid order: its lines and shipping in MAD at the order's fixed
   * rate, less the platform commission on the lines. Safe to call twice (unique keys).
   */
  async creditSale(manager: EntityManager, order: Order): Promise<void> {
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id }, order: { cooperativeId: 'ASC' } });
    const rows = parts.flatMap((part) => {
      const linesMad = this.toMad(order, part.subtotalMinor);
      const base = { cooperativeId: part.cooperativeId, orderId: order.id, cooperativeOrderId: part.id, reference: order.number };
      return [
        { ...base, kind: 'sale' as const, amountMadMinor: linesMad },
        { ...base, kind: 'shipping' as const, amountMadMinor: this.toMad(order, part.shippingMinor) },
        { ...base, kind: 'commission' as const, amountMadMinor: -applyBps(linesMad, this.config.platformCommissionBps) },
      ];
    });
    await manager.createQueryBuilder().insert().into(LedgerEntry).values(rows).orIgnore().execute();
  }

  /**
   * Debits a refund from the cooperatives in proportion to what each was paid for the order,
   * commission included (the platform gives its share back too). Safe to call twice per refund.
   */
  async debitRefund(manager: EntityManager, order: Order, refund: { id: string; amountMinor: number }): Promise<void> {
    const parts = await manager.find(CooperativeOrder, { where: { orderId: order.id }, order: { cooperativeId: 'ASC' } });
    const shares = allocate(refund.amountMinor, parts.map((p) => p.subtotalMinor + p.shippingMinor));
    const rows = parts
      .map((part, i) => {
        const mad = this.toMad(order, shares[i]);
        return {
          cooperativeId: part.cooperativeId,
          orderId: order.id,
          cooperativeOrderId: part.id,
          refundId: refund.id,
          kind: 'refund' as const,
          amountMadMinor: -(mad - applyBps(mad, this.config.platformCommissionBps)),
          reference: order.number,
        };
      })
      .filter((row) => row.amountMadMinor !== 0);
    if (rows.length > 0) await manager.createQueryBuilder().insert().into(LedgerEntry).values(rows).orIgnore().execute();
  }

  /** Records a bank-transfer payout; the cooperative row lock keeps two payouts from overdrawing. */
  async recordPayout(admin: AuthUser, cooperativeId: string, amountMinor: number, reference: string): Promise<LedgerEntry> {
    return this.dataSource.transaction(async (manager) => {
      const cooperative = await manager.findOne(Cooperative, { where: { id: cooperativeId }, lock: { mode: 'pessimistic_write' } });
      if (!cooperative) throw new DomainError('NOT_FOUND', 'Cooperative not found');
      const balance = await this.balance(manager, cooperativeId);
      if (amountMinor > balance) {
        throw new DomainError('UNPROCESSABLE', `The payout (${amountMinor}) exceeds the balance (${balance} MAD minor units)`, { balanceMadMinor: balance });
      }
      const entry = await manager.save(
        manager.create(LedgerEntry, { cooperativeId, kind: 'payout', amountMadMinor: -amountMinor, reference, createdBy: admin.id }),
      );
      await this.audit.record(manager, admin, {
        action: 'payout.record',
        targetType: 'cooperative',
        targetId: cooperativeId,
        before: { balanceMadMinor: balance },
        after: { balanceMadMinor: balance - amountMinor, amountMinor, reference },
      });
      await this.notifications.payoutRecorded(manager, cooperativeId, amountMinor, reference);
      return entry;
    });
  }

  async balance(manager: EntityManager, cooperativeId: string): Promise<number> {
    const [{ balance }]: { balance: string }[] = await manager.query(
      'SELECT coalesce(sum(amount_mad_minor), 0)::bigint AS balance FROM ledger_entries WHERE cooperative_id = $1',
      [cooperativeId],
    );
    return Number(balance);
  }

  async statement(cooperativeId: string, limit: number): Promise<{ balanceMadMinor: number; entries: LedgerEntry[] }> {
    const entries = await this.dataSource.getRepository(LedgerEntry).find({
      where: { cooperativeId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return { balanceMadMinor: await this.balance(this.dataSource.manager, cooperativeId), entries };
  }
}
