import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { applyBps, convert, parseRate } from '../common/money';
import { cursorTimeSql, decodeCursor, encodeCursor } from '../common/paging/cursor';
import { Cooperative } from '../cooperatives/cooperative';
import { NotificationsService } from '../notifications/notifications.service';
import { CooperativeOrder } from '../orders/cooperative-order';
import { Order } from '../orders/order';
import { PayoutStatementView } from './dto/payout-statement.view';
import { LedgerEntry, LedgerKind } from './ledger-entry';
import { refundDebits } from './refund-debits';

const DAY_MS = 86_400_000;

export interface StatementRequest {
  /** Entries per page; null: the whole period at once. */
  limit: number | null;
  cursor?: string;
  /** First and last day of the period (YYYY-MM-DD, UTC), both included. */
  from?: string;
  to?: string;
}

interface StatementRow {
  id: string;
  kind: LedgerKind;
  amount: string;
  order_id: string | null;
  reference: string | null;
  created_at: Date;
  balance_after: string;
  at: string;
}

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

  /**
   * A page of the cooperative's entries, newest first, each with the balance right after it, for a
   * period of whole UTC days (`to` included); `limit: null` returns the whole period (CSV). One
   * snapshot, so the page and its balances agree even while entries are being added.
   */
  async statement(cooperativeId: string, request: StatementRequest): Promise<PayoutStatementView> {
    const from = request.from ?? null;
    const to = request.to ?? null;
    if (from && to && from > to) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { from, to });
    const start = from ? `${from}T00:00:00.000Z` : null;
    const end = to ? new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS).toISOString() : null;
    const [after, afterId] = request.cursor ? (decodeCursor(request.cursor, ['string', 'string']) as string[]) : [null, null];
    const limit = request.limit === null ? null : request.limit + 1;

    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [totals]: { balance: string; opening: string; closing: string }[] = await manager.query(
        `SELECT coalesce(sum(amount_mad_minor), 0)::text AS balance,
                coalesce(sum(amount_mad_minor) FILTER (WHERE created_at < $2::timestamptz), 0)::text AS opening,
                coalesce(sum(amount_mad_minor) FILTER (WHERE $3::timestamptz IS NULL OR created_at < $3::timestamptz), 0)::text AS closing
           FROM ledger_entries WHERE cooperative_id = $1`,
        [cooperativeId, start, end],
      );
      // The running balance counts every earlier entry, so it is computed before the period and page cut.
      const rows: StatementRow[] = await manager.query(
        `WITH e AS (
           SELECT id, kind, amount_mad_minor, order_id, reference, created_at,
                  sum(amount_mad_minor) OVER (ORDER BY created_at, id) AS balance_after
             FROM ledger_entries
            WHERE cooperative_id = $1 AND ($3::timestamptz IS NULL OR created_at < $3::timestamptz)
         )
         SELECT id, kind, amount_mad_minor::text AS amount, order_id, reference, created_at, balance_after::text,
                ${cursorTimeSql('created_at')} AS at
           FROM e
          WHERE ($2::timestamptz IS NULL OR created_at >= $2::timestamptz)
            AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
          ORDER BY created_at DESC, id DESC
          LIMIT $6`,
        [cooperativeId, start, end, after, afterId, limit],
      );
      const page = request.limit === null ? rows : rows.slice(0, request.limit);
      const last = page[page.length - 1];
      return {
        cooperativeId,
        balanceMadMinor: Number(totals.balance),
        currency: 'MAD',
        from,
        to,
        openingBalanceMadMinor: Number(totals.opening),
        closingBalanceMadMinor: Number(totals.closing),
        entries: page.map((row) => ({
          id: row.id,
          kind: row.kind,
          amountMadMinor: Number(row.amount),
          orderId: row.order_id,
          reference: row.reference,
          createdAt: row.created_at,
          balanceAfterMadMinor: Number(row.balance_after),
        })),
        nextCursor: request.limit !== null && rows.length > request.limit && last ? encodeCursor([last.at, last.id]) : null,
      };
    });
  }
}
