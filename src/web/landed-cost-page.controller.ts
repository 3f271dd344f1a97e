import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { rulesInForce } from '../landed-cost/landed-cost-calculator';
import type { LandedCostRule } from '../landed-cost/landed-cost-rule';
import { LandedCostReportService } from '../landed-cost/landed-cost-report.service';
import { LandedCostRulesService } from '../landed-cost/landed-cost-rules.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

type RuleState = 'in_force' | 'lapsed' | 'ended' | 'upcoming';

/** Landed-cost rules by destination, with what applies today, a JSON editor per destination, and what was collected. */
@Injectable()
export class LandedCostPageController {
  constructor(
    private readonly rules: LandedCostRulesService,
    private readonly report: LandedCostReportService,
    private readonly pages: PageRenderer,
  ) {}

  readonly show = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const today = new Date().toISOString().slice(0, 10);
    const names = new Intl.DisplayNames([req.web.intlLocale], { type: 'region', fallback: 'code' });
    const sets = (await this.rules.list()).map((set) => {
      const { inForce, lapsed } = rulesInForce(set.rules, today);
      const state = (rule: { id: string; version: number; effectiveFrom: string }): RuleState =>
        inForce.some((r) => r.id === rule.id && r.version === rule.version) ? 'in_force'
        : lapsed.some((r) => r.id === rule.id && r.version === rule.version) ? 'lapsed'
        : rule.effectiveFrom > today ? 'upcoming'
        : 'ended';
      return { ...set, name: names.of(set.destination) ?? set.destination, json: JSON.stringify(set.rules, null, 2), state };
    });
    const saved = typeof req.query.saved === 'string' && /^[A-Z]{2}$/.test(req.query.saved) ? req.query.saved : undefined;
    const collected = await this.report.collected({ format: 'json' });
    this.pages.render(res, req.web, 'admin-landed-cost', { sets, saved, collected });
  };

  readonly csv = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const report = await this.report.collected({ format: 'csv' });
    res.type('text/csv; charset=utf-8').attachment(`landed-cost-${report.from}-${report.to}.csv`).send(LandedCostReportService.toCsv(report));
  };

  /** The service validates each rule and writes the audit entry with the new version. */
  readonly publish = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const body = req.body as Record<string, unknown>;
    const destination = typeof body.destination === 'string' ? body.destination.trim().toUpperCase() : '';
    let rules: unknown;
    try {
      rules = JSON.parse(typeof body.rules === 'string' ? body.rules : '');
    } catch {
      throw new DomainError('VALIDATION_FAILED', 'The rules must be valid JSON', [{ field: 'rules', errors: ['the rules must be valid JSON'] }]);
    }
    const saved = await this.rules.publish(admin, destination, rules as LandedCostRule[]);
    res.redirect(303, `/admin/landed-cost?saved=${saved.destination}`);
  };
}
