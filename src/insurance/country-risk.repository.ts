import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CountryRiskRating } from './country-risk-rating';

@Injectable()
export class CountryRiskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<CountryRiskRating[]> {
    return this.dataSource.manager.find(CountryRiskRating, { order: { iso2: 'ASC' } });
  }

  get(iso2: string): Promise<CountryRiskRating | null> {
    return this.dataSource.manager.findOne(CountryRiskRating, { where: { iso2 } });
  }

  lock(tx: EntityManager, iso2: string): Promise<CountryRiskRating | null> {
    return tx.findOne(CountryRiskRating, { where: { iso2 }, lock: { mode: 'pessimistic_write' } });
  }

  /** Sets the country's class and returns the row as stored. */
  async put(tx: EntityManager, rating: Pick<CountryRiskRating, 'iso2' | 'riskClass' | 'asOf' | 'updatedBy'>): Promise<CountryRiskRating> {
    await tx.upsert(CountryRiskRating, rating, ['iso2']);
    return tx.findOneOrFail(CountryRiskRating, { where: { iso2: rating.iso2 } });
  }
}
