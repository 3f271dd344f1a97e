import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { rulesInForce } from '../landed-cost/landed-cost-calculator';
import type { LandedCostRule } from '../landed-cost/landed-cost-rule';
import { LandedCostReportService } from '../landed-cost/landed-cost-report.service';
import { LandedCostRulesService } from '../landed-cost/landed-cost-rules.service';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

type RuleState = 'in_force' | 'lapsed' | 'ended' | 'upcoming';

/** Landed-cost rules by destination, with what applies today, a JSON editor per destination, and what was collected. */
@Pages()
@Auth('admin')
@Controller('admin/landed-cost')
export class LandedCostPageController {
  constructor(
    private readonly rules: LandedCostRulesService,
    private readonly report: LandedCostReportService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async show(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const names = new Intl.DisplayNames([web.intlLocale], { type: 'region', fallback: 'code' });
    const sets = (await this.rules.list()).map((set) => {
      const { inForce, lapsed } = rulesInForce(set.rules, today);
      const state = (rule: { id: string; version: number; effectiveFrom: string }): RuleState =>
        inForce.some((r) => r.id === rule.id && r.version === rule.version)
          ? 'in_force'
          : lapsed.some((r) => r.id === rule.id && r.version === rule.version)
            ? 'lapsed'
            : rule.effectiveFrom > today
              ? 'upcoming'
              : 'ended';
      return { ...set, name: names.of(set.destination) ?? set.destination, json: JSON.stringify(set.rules, null, 2), state };
    });
    const saved = typeof query.saved === 'string' && /^[A-Z]{2}$/.test(query.saved) ? query.saved : undefined;
    const collected = await this.report.collected({ format: 'json' });
    this.pages.render(res, web, 'admin-landed-cost', { sets, saved, collected });
  }

  @Get('collected.csv')
  async csv(@Res() res: Response): Promise<void> {
    const report = await this.report.collected({ format: 'csv' });
    res
      .type('text/csv; charset=utf-8')
      .attachment(`landed-cost-${report.from}-${report.to}.csv`)
      .send(LandedCostReportService.toCsv(report));
  }

  /** The service validates each rule and writes the audit entry with the new version. */
  @Post()
  async publish(@CurrentUser() admin: AuthUser, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const destination = typeof body.destination === 'string' ? body.destination.trim().toUpperCase() : '';
    let rules: unknown;
    try {
      rules = JSON.parse(typeof body.rules === 'string' ? body.rules : '');
    } catch {
      throw new DomainError('VALIDATION_FAILED', 'The rules must be valid JSON', [
        { field: 'rules', errors: ['the rules must be valid JSON'] },
      ]);
    }
    const saved = await this.rules.publish(admin, destination, rules as LandedCostRule[]);
    res.redirect(303, `/admin/landed-cost?saved=${saved.destination}`);
  }
}
