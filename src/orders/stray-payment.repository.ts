import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Order } from './order';
import { StrayPayment, type StrayPaymentState } from './stray-payment';

export type NewStrayPayment = Pick<StrayPayment, 'orderId' | 'method' | 'reference' | 'amountMinor' | 'currency' | 'cause' | 'state'>;

/** Payments that reached no paid order. */
@Injectable()
export class StrayPaymentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the payment unless its order already has one with that reference; returns it, and whether it is new. */
  async insertOnce(tx: EntityManager, payment: NewStrayPayment): Promise<{ stray: StrayPayment; inserted: boolean }> {
    const result = await tx.createQueryBuilder().insert().into(StrayPayment).values(payment).orIgnore().execute();
    const stray = await tx.findOneByOrFail(StrayPayment, { orderId: payment.orderId, reference: payment.reference });
    return { stray, inserted: (result.raw as unknown[]).length > 0 };
  }

  /** Marks the payment refunded unless it already is; says whether this call did it. */
  async markRefunded(tx: EntityManager, id: string, stripeRefundId: string): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(StrayPayment)
      .set({ state: 'refunded', stripeRefundId, retryAfter: null, lastError: null })
      .where("id = :id AND state <> 'refunded'", { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  find(id: string): Promise<StrayPayment | null> {
    return this.dataSource.manager.findOneBy(StrayPayment, { id });
  }

  findWithOrder(id: string): Promise<(StrayPayment & { order: Order }) | null> {
    return this.dataSource.manager.findOne(StrayPayment, { where: { id }, relations: { order: true } }) as Promise<
      (StrayPayment & { order: Order }) | null
    >;
  }

  /** The payment with its row locked for the caller's transaction. */
  lock(tx: EntityManager, id: string): Promise<StrayPayment | null> {
    return tx.findOne(StrayPayment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setState(tx: EntityManager, id: string, state: StrayPaymentState, refundReference?: string): Promise<void> {
    await tx.update(StrayPayment, { id }, { state, ...(refundReference === undefined ? {} : { refundReference }) });
  }

  /** Whether the order still has a payment kept for review. */
  async anyInReview(tx: EntityManager, orderId: string): Promise<boolean> {
    return tx.exists(StrayPayment, { where: { orderId, state: 'review' } });
  }

  forOrders(orderIds: string[], tx: EntityManager = this.dataSource.manager): Promise<StrayPayment[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return tx.find(StrayPayment, { where: { orderId: In(orderIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Newest first, each with its order; `limit + 1` rows, so the caller can tell whether more follow. */
  pageWithOrders(
    states: readonly StrayPaymentState[],
    limit: number,
    after?: [string, string],
  ): Promise<(StrayPayment & { order: Order })[]> {
    const qb = this.dataSource
      .getRepository(StrayPayment)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.order', 'o')
      .where('s.state IN (:...states)', { states });
    if (after) qb.andWhere('(s.created_at, s.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt: after[0], id: after[1] });
    return qb
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit + 1)
      .getMany() as Promise<(StrayPayment & { order: Order })[]>;
  }
}
