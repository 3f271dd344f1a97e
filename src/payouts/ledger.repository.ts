import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { cursorTimeSql } from '../common/paging/cursor';
import type { Cooperative } from '../cooperatives/cooperative';
import type { CooperativeOrder } from '../orders/cooperative-order';
import { LedgerEntry } from './ledger-entry';
import type { CooperativeCredit } from './refund-debits';

export type NewLedgerEntry = Omit<LedgerEntry, 'id' | 'createdAt' | 'orderId' | 'cooperativeOrderId' | 'refundId' | 'createdBy'> &
  Partial<Pick<LedgerEntry, 'orderId' | 'cooperativeOrderId' | 'refundId' | 'createdBy'>>;

/** What one order credited a cooperative and what its refunds took back, with the part it came from. */
export type OrderCredit = CooperativeCredit & { cooperativeOrderId: string };

/** The part of a paid order that a cooperative is credited for. */
export type CreditedPart = Pick<CooperativeOrder, 'id' | 'cooperativeId' | 'subtotalMinor' | 'shippingMinor'>;

export interface StatementTotals {
  balanceMadMinor: number;
  openingMadMinor: number;
  closingMadMinor: number;
}

/** A statement line: the entry, the balance right after it, and its time as the text a cursor keeps. */
export type StatementEntry = Pick<LedgerEntry, 'id' | 'kind' | 'amountMadMinor' | 'orderId' | 'reference' | 'createdAt'> & {
  balanceAfterMadMinor: number;
  cursorAt: string;
};

export interface StatementWindow {
  /** Period start and end (end excluded) as ISO instants; null: open. */
  start: string | null;
  end: string | null;
  /** Keyset position: entries strictly older than this one. */
  before: { at: string; id: string } | null;
  limit: number | null;
}

/** The payout ledger (append-only). Sums come back from PostgreSQL as text and are converted here, once. */
@Injectable()
export class LedgerRepository {
  /** Rows already booked (same sale part and kind, or same refund and cooperative) are left as they are. */
  async appendOnce(tx: EntityManager, entries: NewLedgerEntry[]): Promise<void> {
    if (entries.length > 0) await tx.createQueryBuilder().insert().into(LedgerEntry).values(entries).orIgnore().execute();
  }

  async append(tx: EntityManager, entry: NewLedgerEntry): Promise<LedgerEntry> {
    return tx.save(tx.create(LedgerEntry, entry));
  }

  /** The order's cooperative parts (the orders module's table), by cooperative. */
  creditedParts(tx: EntityManager, orderId: string): Promise<CreditedPart[]> {
    return tx.find<CooperativeOrder>('CooperativeOrder', {
      select: { id: true, cooperativeId: true, subtotalMinor: true, shippingMinor: true },
      where: { orderId },
      order: { cooperativeId: 'ASC' },
    });
  }

  async orderCredits(tx: EntityManager, orderId: string): Promise<OrderCredit[]> {
    const rows = await tx.query<Record<keyof OrderCredit, string>[]>(
      `SELECT cooperative_id AS "cooperativeId", max(cooperative_order_id::text) AS "cooperativeOrderId",
              coalesce(sum(amount_mad_minor) FILTER (WHERE kind IN ('sale', 'shipping', 'commission')), 0) AS "creditedMadMinor",
              coalesce(-sum(amount_mad_minor) FILTER (WHERE kind = 'refund'), 0) AS "debitedMadMinor"
         FROM ledger_entries WHERE order_id = $1 GROUP BY cooperative_id ORDER BY cooperative_id`,
      [orderId],
    );
    return rows.map((row) => ({ ...row, creditedMadMinor: Number(row.creditedMadMinor), debitedMadMinor: Number(row.debitedMadMinor) }));
  }

  /** Locks the cooperative's row (the cooperatives module's table) so that payouts to it queue; false if it does not exist. */
  async lockCooperative(tx: EntityManager, cooperativeId: string): Promise<boolean> {
    return (
      (await tx.findOne<Cooperative>('Cooperative', {
        select: { id: true },
        where: { id: cooperativeId },
        lock: { mode: 'pessimistic_write' },
      })) !== null
    );
  }

  async balance(tx: EntityManager, cooperativeId: string): Promise<number> {
    const [{ balance }] = await tx.query<{ balance: string }[]>(
      'SELECT coalesce(sum(amount_mad_minor), 0)::bigint AS balance FROM ledger_entries WHERE cooperative_id = $1',
      [cooperativeId],
    );
    return Number(balance);
  }

  async statementTotals(
    tx: EntityManager,
    cooperativeId: string,
    window: Pick<StatementWindow, 'start' | 'end'>,
  ): Promise<StatementTotals> {
    const [totals] = await tx.query<Record<keyof StatementTotals, string>[]>(
      `SELECT coalesce(sum(amount_mad_minor), 0)::text AS "balanceMadMinor",
              coalesce(sum(amount_mad_minor) FILTER (WHERE created_at < $2::timestamptz), 0)::text AS "openingMadMinor",
              coalesce(sum(amount_mad_minor) FILTER (WHERE $3::timestamptz IS NULL OR created_at < $3::timestamptz), 0)::text AS "closingMadMinor"
         FROM ledger_entries WHERE cooperative_id = $1`,
      [cooperativeId, window.start, window.end],
    );
    return {
      balanceMadMinor: Number(totals.balanceMadMinor),
      openingMadMinor: Number(totals.openingMadMinor),
      closingMadMinor: Number(totals.closingMadMinor),
    };
  }

  /** Entries of the window, newest first, each with the balance right after it. */
  async statementEntries(tx: EntityManager, cooperativeId: string, window: StatementWindow): Promise<StatementEntry[]> {
    // The running balance counts every earlier entry, so it is computed before the period and page cut.
    const rows = await tx.query<
      (Omit<StatementEntry, 'amountMadMinor' | 'balanceAfterMadMinor'> & { amountMadMinor: string; balanceAfterMadMinor: string })[]
    >(
      `WITH e AS (
         SELECT id, kind, amount_mad_minor, order_id, reference, created_at,
                sum(amount_mad_minor) OVER (ORDER BY created_at, id) AS balance_after
           FROM ledger_entries
          WHERE cooperative_id = $1 AND ($3::timestamptz IS NULL OR created_at < $3::timestamptz)
       )
       SELECT id, kind, amount_mad_minor::text AS "amountMadMinor", order_id AS "orderId", reference, created_at AS "createdAt",
              balance_after::text AS "balanceAfterMadMinor", ${cursorTimeSql('created_at')} AS "cursorAt"
         FROM e
        WHERE ($2::timestamptz IS NULL OR created_at >= $2::timestamptz)
          AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $6`,
      [cooperativeId, window.start, window.end, window.before?.at ?? null, window.before?.id ?? null, window.limit],
    );
    return rows.map((row) => ({
      ...row,
      amountMadMinor: Number(row.amountMadMinor),
      balanceAfterMadMinor: Number(row.balanceAfterMadMinor),
    }));
  }
}
