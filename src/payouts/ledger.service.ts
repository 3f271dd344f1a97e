import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { applyBps, convert, parseRate } from '../common/money';
import { decodeCursor, encodeCursor } from '../common/paging/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import type { Order } from '../orders/order';
import { PayoutStatementView } from './dto/payout-statement.view';
import { LedgerEntry } from './ledger-entry';
import { LedgerRepository, NewLedgerEntry } from './ledger.repository';
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

/** Money a cooperative earns and is paid, derived only from appended entries. */
@Injectable()
export class LedgerService {
  constructor(
    private readonly transactions: Transactions,
    private readonly ledger: LedgerRepository,
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
  async creditSale(tx: EntityManager, order: Order): Promise<void> {
    const parts = await this.ledger.creditedParts(tx, order.id);
    const rows = parts.flatMap((part): NewLedgerEntry[] => {
      const linesMad = this.toMad(order, part.subtotalMinor);
      const base = { cooperativeId: part.cooperativeId, orderId: order.id, cooperativeOrderId: part.id, reference: order.number };
      return [
        { ...base, kind: 'sale' as const, amountMadMinor: linesMad },
        { ...base, kind: 'shipping' as const, amountMadMinor: this.toMad(order, part.shippingMinor) },
        { ...base, kind: 'commission' as const, amountMadMinor: -applyBps(linesMad, this.config.platformCommissionBps) },
      ];
    });
    await this.ledger.appendOnce(tx, rows);
  }

  /**
   * Debits a refund from the cooperatives credited for the order: after `refundedMinor` of the
   * order's total is refunded (this refund included), each has given back that share of what it
   * was credited (refundDebits). An order never credited (paid after it closed) debits nothing.
   * The caller holds the order's lock; safe to call twice per refund (unique key).
   */
  async debitRefund(tx: EntityManager, order: Order, refund: { id: string }, refundedMinor: number): Promise<void> {
    const credits = await this.ledger.orderCredits(tx, order.id);
    const debits = refundDebits(credits, refundedMinor, order.totalMinor);
    const rows = debits
      .map((debit, i) => ({
        cooperativeId: debit.cooperativeId,
        orderId: order.id,
        cooperativeOrderId: credits[i].cooperativeOrderId,
        refundId: refund.id,
        kind: 'refund' as const,
        amountMadMinor: -debit.debitMadMinor,
        reference: order.number,
      }))
      .filter((row) => row.amountMadMinor !== 0);
    await this.ledger.appendOnce(tx, rows);
  }

  /** Records a bank-transfer payout; the cooperative row lock keeps two payouts from overdrawing. */
  async recordPayout(admin: AuthUser, cooperativeId: string, amountMinor: number, reference: string): Promise<LedgerEntry> {
    return this.transactions.run(async (tx) => {
      if (!(await this.ledger.lockCooperative(tx, cooperativeId))) throw new DomainError('NOT_FOUND', 'Cooperative not found');
      const balance = await this.ledger.balance(tx, cooperativeId);
      if (amountMinor > balance) {
        throw new DomainError('UNPROCESSABLE', `The payout (${amountMinor}) exceeds the balance (${balance} MAD minor units)`, {
          balanceMadMinor: balance,
        });
      }
      const entry = await this.ledger.append(tx, {
        cooperativeId,
        kind: 'payout',
        amountMadMinor: -amountMinor,
        reference,
        createdBy: admin.id,
      });
      await this.audit.record(tx, admin, {
        action: 'payout.record',
        targetType: 'cooperative',
        targetId: cooperativeId,
        before: { balanceMadMinor: balance },
        after: { balanceMadMinor: balance - amountMinor, amountMinor, reference },
      });
      await this.notifications.payoutRecorded(tx, cooperativeId, amountMinor, reference);
      return entry;
    });
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
    const [at, id] = request.cursor ? (decodeCursor(request.cursor, ['string', 'string']) as string[]) : [];
    const before = at && id ? { at, id } : null;
    const limit = request.limit === null ? null : request.limit + 1;

    return this.transactions.run(async (tx) => {
      const totals = await this.ledger.statementTotals(tx, cooperativeId, { start, end });
      const rows = await this.ledger.statementEntries(tx, cooperativeId, { start, end, before, limit });
      const page = request.limit === null ? rows : rows.slice(0, request.limit);
      const last = page[page.length - 1];
      return {
        cooperativeId,
        balanceMadMinor: totals.balanceMadMinor,
        currency: 'MAD',
        from,
        to,
        openingBalanceMadMinor: totals.openingMadMinor,
        closingBalanceMadMinor: totals.closingMadMinor,
        entries: page.map(({ cursorAt: _cursorAt, ...entry }) => entry),
        nextCursor: request.limit !== null && rows.length > request.limit && last ? encodeCursor([last.cursorAt, last.id]) : null,
      };
    }, 'REPEATABLE READ');
  }
}
