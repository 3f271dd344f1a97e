import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Resolves once PostgreSQL answers a trivial query from the pool. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
