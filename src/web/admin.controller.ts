import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AuditQuery } from '../audit/dto/audit-query';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { CURRENCY_CODES } from '../common/money';
import { COOPERATIVE_ACTIONS } from '../cooperatives/cooperative-state';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { ListCooperativesQuery } from '../cooperatives/dto/list-cooperatives.query';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { STRAY_PAYMENT_STATES } from '../orders/stray-payment';
import { StrayPaymentsService } from '../orders/stray-payments.service';
import { StrayRefundsService } from '../payments/stray-refunds.service';
import { ProductsService } from '../products/products.service';
import { BankRefundForm, ExchangeRateForm } from './page-forms';
import { notFound } from './page-ids';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/** Admin pages: reviews of cooperatives and products, exchange rates, audit log, stray payments. */
@Pages()
@Auth('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly cooperatives: CooperativesService,
    private readonly products: ProductsService,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly pages: PageRenderer,
    private readonly strays: StrayPaymentsService,
    private readonly strayRefunds: StrayRefundsService,
  ) {}

  /** Payments that reached no paid order; `?state=` narrows to one state, as the API does. */
  @Get('payments')
  async payments(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const state = STRAY_PAYMENT_STATES.find((s) => s === query.state);
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const page = await this.strays.list(state ? [state] : STRAY_PAYMENT_STATES, 50, cursor);
    this.pages.render(res, web, 'admin-payments', { page, state, states: STRAY_PAYMENT_STATES, done: query.done === '1' });
  }

  /** Sends a payment kept for review to be refunded (a card one through Stripe at once). */
  @Post('payments/:id/refund')
  async refundStray(@CurrentUser() admin: AuthUser, @Param('id', notFound('Payment')) id: string, @Res() res: Response): Promise<void> {
    await this.strayRefunds.decideRefund(id, admin);
    res.redirect(303, '/admin/payments?done=1');
  }

  /** Records a transfer sent back by hand, with the bank reference of that refund. */
  @Post('payments/:id/refunded')
  async recordBankRefund(
    @CurrentUser() admin: AuthUser,
    @Param('id', notFound('Payment')) id: string,
    @Body() form: BankRefundForm,
    @Res() res: Response,
  ): Promise<void> {
    await this.strays.recordBankRefund(id, admin, form.reference);
    res.redirect(303, '/admin/payments?done=1');
  }

  @Get('exchange-rates')
  async exchangeRates(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const rates = await this.rates.list();
    const currencies = CURRENCY_CODES.filter((c) => c !== 'MAD');
    this.pages.render(res, web, 'admin-rates', {
      rates,
      currencies,
      today: new Date().toISOString().slice(0, 10),
      saved: query.saved === '1',
    });
  }

  @Post('exchange-rates')
  async putExchangeRate(@CurrentUser() admin: AuthUser, @Body() form: ExchangeRateForm, @Res() res: Response): Promise<void> {
    await this.rates.put(admin, form.currency ?? '', { madPerUnit: form.madPerUnit, asOf: form.asOf });
    res.redirect(303, '/admin/exchange-rates?saved=1');
  }

  @Get('audit-log')
  async auditLog(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const page = await this.audit.list(plainToInstance(AuditQuery, { limit: 50, cursor }));
    this.pages.render(res, web, 'admin-audit', { page });
  }

  @Get('cooperatives')
  async review(
    @Web() web: WebContext,
    @CurrentUser() admin: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const byStatus = (status: string) =>
      this.cooperatives.list(plainToInstance(ListCooperativesQuery, { status, page: 1, limit: 100 }), admin);
    const [pending, approved, suspended] = await Promise.all([byStatus('pending'), byStatus('approved'), byStatus('suspended')]);
    this.pages.render(res, web, 'admin-cooperatives', {
      cooperatives: pending.items,
      approved: approved.items,
      suspended: suspended.items,
      decided: query.decided === '1',
    });
  }

  @Post('cooperatives/:id/decision')
  async decide(
    @CurrentUser() admin: AuthUser,
    @Param('id', notFound('Cooperative')) id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { decision, reason } = this.decision(body, COOPERATIVE_ACTIONS);
    await this.cooperatives.transition(id, admin, decision, reason);
    res.redirect(303, '/admin/cooperatives?decided=1');
  }

  @Get('products')
  async moderation(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const products = await this.products.listForModeration('pending_review', 100);
    this.pages.render(res, web, 'admin-products', { products, decided: query.decided === '1' });
  }

  @Post('products/:id/decision')
  async moderate(
    @CurrentUser() admin: AuthUser,
    @Param('id', notFound('Product')) id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { decision, reason } = this.decision(body, ['approve', 'reject'] as const);
    await this.products.transition(id, admin, decision, reason);
    res.redirect(303, '/admin/products?decided=1');
  }

  /** The button pressed on a review form; rejecting and suspending need a reason. */
  private decision<A extends string>(body: Record<string, unknown>, allowed: readonly A[]): { decision: A; reason?: string } {
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const decision = allowed.find((action) => action === body.decision);
    if (!decision) throw new DomainError('VALIDATION_FAILED', `decision must be one of ${allowed.join(', ')}`);
    if ((decision === 'reject' || decision === 'suspend') && reason.length === 0)
      throw new DomainError('VALIDATION_FAILED', `A reason is required to ${decision}`);
    return { decision, reason: reason || undefined };
  }
}
