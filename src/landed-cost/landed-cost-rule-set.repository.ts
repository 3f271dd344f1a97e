import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LandedCostRuleSet } from './landed-cost-rule-set';

@Injectable()
export class LandedCostRuleSetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The destination's highest version. */
  current(destination: string): Promise<LandedCostRuleSet | null> {
    return this.dataSource.manager.findOne(LandedCostRuleSet, { where: { destination }, order: { version: 'DESC' } });
  }

  /** The highest version of each destination, by destination. */
  listCurrent(): Promise<LandedCostRuleSet[]> {
    return this.dataSource
      .getRepository(LandedCostRuleSet)
      .createQueryBuilder('s')
      .distinctOn(['s.destination'])
      .orderBy('s.destination')
      .addOrderBy('s.version', 'DESC')
      .getMany();
  }

  /** The destination's highest version, locked until the caller's transaction ends. */
  lockCurrent(tx: EntityManager, destination: string): Promise<LandedCostRuleSet | null> {
    return tx.findOne(LandedCostRuleSet, { where: { destination }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
  }

  insert(
    tx: EntityManager,
    ruleSet: Pick<LandedCostRuleSet, 'destination' | 'version' | 'rules' | 'createdBy'>,
  ): Promise<LandedCostRuleSet> {
    return tx.save(tx.create(LandedCostRuleSet, ruleSet));
  }
}
