import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { RuleSetView, toRuleSetView } from './dto/rule-set.view';
import type { LandedCostRule } from './landed-cost-rule';
import { landedCostRuleProblems } from './landed-cost-rule-problems';
import { LandedCostRuleSet } from './landed-cost-rule-set';
import { LandedCostRuleSetRepository } from './landed-cost-rule-set.repository';

/** The landed-cost rules of each destination as published versions; the highest version is current. */
@Injectable()
export class LandedCostRulesService {
  private readonly cache: ReferenceCache<LandedCostRuleSet | null>;

  constructor(
    private readonly transactions: Transactions,
    private readonly ruleSets: LandedCostRuleSetRepository,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'landed_cost_rule_sets');
  }

  /** Cached per destination; a publication on any instance clears it (a trigger notifies). */
  async current(destination: string): Promise<LandedCostRuleSet | null> {
    return this.cache.get(destination, () => this.ruleSets.current(destination));
  }

  async list(): Promise<RuleSetView[]> {
    return (await this.ruleSets.listCurrent()).map(toRuleSetView);
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
    const view = await this.transactions.run(async (tx) => {
      const latest = await this.ruleSets.lockCurrent(tx, destination);
      // Two first publications race on the unique (destination, version) key; the loser gets a 409.
      const saved = await this.ruleSets.insert(tx, { destination, version: (latest?.version ?? 0) + 1, rules, createdBy: admin.id });
      await this.audit.record(tx, admin, {
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
