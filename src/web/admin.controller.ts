import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { validateSync } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { AuditQuery } from '../audit/dto/audit-query';
import { CURRENCY_CODES } from '../common/money';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { PutExchangeRateDto } from '../exchange-rates/dto/put-exchange-rate.dto';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { ListCooperativesQuery } from '../cooperatives/dto/list-cooperatives.query';
import { ProductsService } from '../products/products.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Admin pages: reviews of cooperatives and products, exchange rates, audit log. */
@Injectable()
export class AdminController {
  constructor(
    private readonly cooperatives: CooperativesService,
    private readonly products: ProductsService,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly pages: PageRenderer,
  ) {}

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
    const page = await this.cooperatives.list(plainToInstance(ListCooperativesQuery, { status: 'pending', page: 1, limit: 100 }), admin);
    this.pages.render(res, req.web, 'admin-cooperatives', { cooperatives: page.items, decided: req.query.decided === '1' });
  };

  readonly decide = async (req: WebRequest, res: Response): Promise<void> => {
    const admin = requireRole(req.web, 'admin');
    const { id, decision, reason } = this.decision(req);
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
    const { id, decision, reason } = this.decision(req);
    await this.products.transition(id, admin, decision, reason);
    res.redirect(303, '/admin/products?decided=1');
  };

  /** Approve, or reject with a reason: the two buttons of every review form. */
  private decision(req: WebRequest): { id: string; decision: 'approve' | 'reject'; reason?: string } {
    const id = String(req.params.id);
    const body = req.body as Record<string, unknown>;
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Not found');
    if (body.decision === 'approve') return { id, decision: 'approve' };
    if (body.decision === 'reject' && reason.length > 0) return { id, decision: 'reject', reason };
    throw new DomainError('VALIDATION_FAILED', 'Choose approve, or reject with a reason');
  }
}
