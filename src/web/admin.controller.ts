import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { validateSync } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { AuditQuery } from '../audit/dto/audit-query';
import { CURRENCY_CODES } from '../common/money';
import { COOPERATIVE_ACTIONS } from '../cooperatives/cooperative-state';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { PutExchangeRateDto } from '../exchange-rates/dto/put-exchange-rate.dto';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { ListCooperativesQuery } from '../cooperatives/dto/list-cooperatives.query';
import { STRAY_PAYMENT_STATES } from '../orders/stray-payment';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { ProductsService } from '../products/products.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Admin pages: reviews of cooperatives and products, exchange rates, audit log, stray payments. */
@Injectable()
export class AdminController {
  constructor(
    private readonly cooperatives: CooperativesService,
    private readonly products: ProductsService,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly pages: PageRenderer,
    private readonly strays: StrayPaymentsService,
  ) {}

  /** Payments that reached no paid order; `?state=` narrows to one state, as the API does. */
  readonly payments = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const state = STRAY_PAYMENT_STATES.find((s) => s === req.query.state);
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : undefined;
    const page = await this.strays.list(state ? [state] : STRAY_PAYMENT_STATES, 50, cursor);
    this.pages.render(res, req.web, 'admin-payments', { page, state, states: STRAY_PAYMENT_STATES });
  };

  readonly exchangeRates = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const rates = await this.rates.list();
    const currencies = CURRENCY_CODES.filter((c) => c !== 'MAD');
    this.pages.render(res, req.web, 'admin-rates', { rates, currencies, today: new Date().toISOString().slice(0, 10), saved: req.query.saved === '1' });
  };

  readonly putExchangeRate = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const body = req.body as Record<string, unknown>;
    const dto = plainToInstance(PutExchangeRateDto, { madPerUnit: body.madPerUnit, asOf: body.asOf });
    const problems = validateSync(dto);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    await this.rates.put(admin, String(body.currency ?? ''), dto);
    res.redirect(303, '/admin/exchange-rates?saved=1');
  };

  readonly auditLog = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : undefined;
    const page = await this.audit.list(plainToInstance(AuditQuery, { limit: 50, cursor }));
    this.pages.render(res, req.web, 'admin-audit', { page });
  };

  readonly review = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const byStatus = (status: string) => this.cooperatives.list(plainToInstance(ListCooperativesQuery, { status, page: 1, limit: 100 }), admin);
    const [pending, approved, suspended] = await Promise.all([byStatus('pending'), byStatus('approved'), byStatus('suspended')]);
    this.pages.render(res, req.web, 'admin-cooperatives', {
      cooperatives: pending.items,
      approved: approved.items,
      suspended: suspended.items,
      decided: req.query.decided === '1',
    });
  };

  readonly decide = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const { id, decision, reason } = this.decision(req, COOPERATIVE_ACTIONS);
    await this.cooperatives.transition(id, admin, decision, reason);
    res.redirect(303, '/admin/cooperatives?decided=1');
  };

  readonly moderation = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const products = await this.products.listForModeration('pending_review', 100);
    this.pages.render(res, req.web, 'admin-products', { products, decided: req.query.decided === '1' });
  };

  readonly moderate = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const { id, decision, reason } = this.decision(req, ['approve', 'reject'] as const);
    await this.products.transition(id, admin, decision, reason);
    res.redirect(303, '/admin/products?decided=1');
  };

  /** The button pressed on a review form; rejecting and suspending need a reason. */
  private decision<A extends string>(req: WebRequest, allowed: readonly A[]): { id: string; decision: A; reason?: string } {
    const id = String(req.params.id);
    const body = req.body as Record<string, unknown>;
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Not found');
    const decision = allowed.find((action) => action === body.decision);
    if (!decision) throw new DomainError('VALIDATION_FAILED', `decision must be one of ${allowed.join(', ')}`);
    if ((decision === 'reject' || decision === 'suspend') && reason.length === 0) throw new DomainError('VALIDATION_FAILED', `A reason is required to ${decision}`);
    return { id, decision, reason: reason || undefined };
  }
}
