import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ExchangeRate } from './exchange-rate';

@Injectable()
export class ExchangeRateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<ExchangeRate[]> {
    return this.dataSource.manager.find(ExchangeRate, { order: { currency: 'ASC' } });
  }

  /** None or one: a list, so that "no rate" can be cached like a rate. */
  byCurrency(currency: string): Promise<ExchangeRate[]> {
    return this.dataSource.manager.find(ExchangeRate, { where: { currency } });
  }

  lock(tx: EntityManager, currency: string): Promise<ExchangeRate | null> {
    return tx.findOne(ExchangeRate, { where: { currency }, lock: { mode: 'pessimistic_write' } });
  }

  /** Sets the currency's rate and returns the row as stored. */
  async put(tx: EntityManager, rate: Pick<ExchangeRate, 'currency' | 'madPerUnit' | 'asOf' | 'updatedBy'>): Promise<ExchangeRate> {
    await tx.upsert(ExchangeRate, rate, ['currency']);
    return tx.findOneOrFail(ExchangeRate, { where: { currency: rate.currency } });
  }
}
