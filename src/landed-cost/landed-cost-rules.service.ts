import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { DomainError } from '../common/errors/domain-error';
import { RuleSetView, toRuleSetView } from './dto/rule-set.view';
import type { LandedCostRule } from './landed-cost-rule';
import { landedCostRuleProblems } from './landed-cost-rule-problems';
import { LandedCostRuleSet } from './landed-cost-rule-set';

/** The landed-cost rules of each destination as published versions; the highest version is current. */
@Injectable()
export class LandedCostRulesService {
  private readonly cache: ReferenceCache<LandedCostRuleSet | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'landed_cost_rule_sets');
  }

  /** Cached per destination; a publication on any instance clears it (a trigger notifies). */
  async current(destination: string): Promise<LandedCostRuleSet | null> {
    return this.cache.get(destination, () =>
      this.dataSource.manager.findOne(LandedCostRuleSet, { where: { destination }, order: { version: 'DESC' } }),
    );
  }

  async list(): Promise<RuleSetView[]> {
    const rows = await this.dataSource
      .getRepository(LandedCostRuleSet)
      .createQueryBuilder('s')
      .distinctOn(['s.destination'])
      .orderBy('s.destination')
      .addOrderBy('s.version', 'DESC')
      .getMany();
    return rows.map(toRuleSetView);
  }

  /** Publishes a destination's whole rule set as its next version (audited); orders keep theirs. */
  async publish(admin: AuthUser, destination: string, rules: LandedCostRule[]): Promise<RuleSetView> {
    if (!/^[A-Z]{2}$/.test(destination) || destination === 'MA') {
      throw new DomainError('VALIDATION_FAILED', 'destination must be an ISO 3166-1 alpha-2 code outside Morocco', [
        { field: 'destination', errors: ['destination must be an ISO 3166-1 alpha-2 code outside Morocco'] },
      ]);
    }
    const problems = landedCostRuleProblems(rules);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'The rules are not usable', problems);
    const view = await this.dataSource.transaction(async (manager) => {
      const latest = await manager.findOne(LandedCostRuleSet, { where: { destination }, order: { version: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      // Two first publications race on the unique (destination, version) key; the loser gets a 409.
      const saved = await manager.save(
        manager.create(LandedCostRuleSet, { destination, version: (latest?.version ?? 0) + 1, rules, createdBy: admin.id }),
      );
      await this.audit.record(manager, admin, {
        action: 'landed_cost_rules.publish',
        targetType: 'landed_cost_rule_set',
        targetId: destination,
        before: latest ? { version: latest.version, rules: latest.rules } : undefined,
        after: { version: saved.version, rules: saved.rules },
      });
      return toRuleSetView(saved);
    });
    this.feed.changed(this.cache.topic);
    return view;
  }
}
