import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { applyBps, convert, parseRate } from '../common/money';
import { Cooperative } from '../cooperatives/cooperative';
import { CooperativeOrder } from '../orders/cooperative-order';
import { Order } from '../orders/order';
import { LedgerEntry } from './ledger-entry';
import { refundDebits } from './refund-debits';

/** Money a cooperative earns and is paid, derived only from appended entries. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly audit: AuditService,
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
   * Debits a refund from the cooperatives credited for the order: after `refundedMinor` of the
   * order's total is refunded (this refund included), each has given back that share of what it
   * was credited (refundDebits). An order never credited (paid after it closed) debits nothing.
   * The caller holds the order's lock; safe to call twice per refund (unique key).
   */
  async debitRefund(manager: EntityManager, order: Order, refund: { id: string }, refundedMinor: number): Promise<void> {
    const credits: { cooperative_id: string; cooperative_order_id: string; credited: string; debited: string }[] = await manager.query(
      `SELECT cooperative_id, max(cooperative_order_id::text) AS cooperative_order_id,
              coalesce(sum(amount_mad_minor) FILTER (WHERE kind IN ('sale', 'shipping', 'commission')), 0) AS credited,
              coalesce(-sum(amount_mad_minor) FILTER (WHERE kind = 'refund'), 0) AS debited
         FROM ledger_entries WHERE order_id = $1 GROUP BY cooperative_id ORDER BY cooperative_id`,
      [order.id],
    );
    const debits = refundDebits(
      credits.map((c) => ({ cooperativeId: c.cooperative_id, creditedMadMinor: Number(c.credited), debitedMadMinor: Number(c.debited) })),
      refundedMinor,
      order.totalMinor,
    );
    const rows = debits
      .map((debit, i) => ({
        cooperativeId: debit.cooperativeId,
        orderId: order.id,
        cooperativeOrderId: credits[i].cooperative_order_id,
        refundId: refund.id,
        kind: 'refund' as const,
        amountMadMinor: -debit.debitMadMinor,
        reference: order.number,
      }))
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
