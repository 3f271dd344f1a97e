import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { InsuranceRateTable } from './insurance-rate-table';

@Injectable()
export class InsuranceRateTableRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest version as of `day` or earlier. */
  async inForce(day: string): Promise<InsuranceRateTable | null> {
    const [row] = await this.dataSource.manager.find(InsuranceRateTable, {
      where: { asOf: LessThanOrEqual(day) },
      order: { asOf: 'DESC', createdAt: 'DESC' },
      take: 1,
    });
    return row ?? null;
  }

  /** Keeps other publishers out until the caller's transaction ends (readers are not blocked). */
  async lockForPublishing(tx: EntityManager): Promise<void> {
    await tx.query(`LOCK TABLE insurance_rate_tables IN SHARE ROW EXCLUSIVE MODE`);
  }

  async latest(tx: EntityManager): Promise<InsuranceRateTable | null> {
    const [row] = await tx.find(InsuranceRateTable, { order: { asOf: 'DESC', createdAt: 'DESC' }, take: 1 });
    return row ?? null;
  }

  insert(tx: EntityManager, table: Pick<InsuranceRateTable, 'asOf' | 'data' | 'createdBy'>): Promise<InsuranceRateTable> {
    return tx.save(tx.create(InsuranceRateTable, table));
  }
}
