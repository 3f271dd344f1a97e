import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InsuranceQuote } from './insurance-quote';

export type NewInsuranceQuote = Omit<InsuranceQuote, 'id' | 'orderId' | 'policyNumber' | 'boundAt' | 'createdAt'>;

@Injectable()
export class InsuranceQuoteRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(id: string): Promise<InsuranceQuote | null> {
    return this.dataSource.manager.findOne(InsuranceQuote, { where: { id } });
  }

  insert(quote: NewInsuranceQuote): Promise<InsuranceQuote> {
    const manager = this.dataSource.manager;
    return manager.save(manager.create(InsuranceQuote, quote));
  }

  lock(tx: EntityManager, id: string): Promise<InsuranceQuote | null> {
    return tx.findOne(InsuranceQuote, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockForOrder(tx: EntityManager, orderId: string): Promise<InsuranceQuote | null> {
    return tx.findOne(InsuranceQuote, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(tx: EntityManager, id: string, orderId: string): Promise<void> {
    await tx.update(InsuranceQuote, { id }, { orderId, status: 'used' });
  }

  /** Policy numbers come from a sequence, so they never repeat even across aborted transactions. */
  async nextPolicySerial(tx: EntityManager): Promise<number> {
    const [{ serial }] = await tx.query<{ serial: string }[]>(`SELECT nextval('insurance_policy_number_seq') AS serial`);
    return Number(serial);
  }

  async bind(tx: EntityManager, id: string, policyNumber: string): Promise<void> {
    await tx.update(InsuranceQuote, { id }, { status: 'bound', policyNumber, boundAt: new Date() });
  }
}
