import { Injectable } from '@nestjs/common';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AccountPagesController } from './account-pages.controller';
import { AccountSettingsController } from './account-settings.controller';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { MAX_FILES_PER_UPLOAD } from '../media/images.service';
import { AdminController } from './admin.controller';
import { ArtisanController } from './artisan.controller';
import { AssetsController } from './assets.controller';
import { CartController } from './cart.controller';
import { CheckoutController } from './checkout.controller';
import { CountryRisksPageController } from './country-risks-page.controller';
import { LandedCostPageController } from './landed-cost-page.controller';
import { CsrfError } from './csrf-error';
import { CsrfService } from './csrf.service';
import { HsReviewsPageController } from './hs-reviews-page.controller';
import { InvoiceDownloadController } from './invoice-download.controller';
import { OrdersPageController } from './orders-page.controller';
import { OutboxPageController } from './outbox-page.controller';
import { PreferencesController } from './preferences.controller';
import { ReportsPageController } from './reports-page.controller';
import { SessionController } from './session.controller';
import { StorefrontController } from './storefront.controller';
import { WebContextService } from './web-context.service';
import type { WebRequest } from './web-context';
import { WebErrorHandler } from './web-error.handler';
import { imageUploads } from './upload-parser';
import { requireRole } from './web-access';

type PageHandler = (req: WebRequest, res: Response) => unknown;

/**
 * The storefront's routes, mounted at the root by configureApp before Nest's own routes. They are an
 * Express router rather than Nest controllers because Nest's global-prefix exclusions match by path:
 * excluding `products` for the page would also strip `/api/v1` from the API's `products` route.
 * Every page gets `req.web` (language, currency, session, cart); every POST needs a CSRF token.
 */
@Injectable()
export class WebRouter {
  private readonly photoFiles: RequestHandler;
  private readonly pictureFile: RequestHandler;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly context: WebContextService,
    private readonly csrf: CsrfService,
    private readonly errors: WebErrorHandler,
    private readonly assets: AssetsController,
    private readonly storefront: StorefrontController,
    private readonly preferences: PreferencesController,
    private readonly session: SessionController,
    private readonly cart: CartController,
    private readonly checkout: CheckoutController,
    private readonly orders: OrdersPageController,
    private readonly artisan: ArtisanController,
    private readonly admin: AdminController,
    private readonly invoices: InvoiceDownloadController,
    private readonly reports: ReportsPageController,
    private readonly countryRisks: CountryRisksPageController,
    private readonly accountPages: AccountPagesController,
    private readonly accountSettings: AccountSettingsController,
    private readonly outbox: OutboxPageController,
    private readonly hsReviews: HsReviewsPageController,
    private readonly landedCost: LandedCostPageController,
  ) {
    this.photoFiles = imageUploads(config, 'files', MAX_FILES_PER_UPLOAD);
    this.pictureFile = imageUploads(config, 'file', 1);
  }

  routes(): Router {
    const router = Router();
    const page = (handler: PageHandler): RequestHandler[] => [this.context.middleware, handler as unknown as RequestHandler];
    const form = (handler: PageHandler): RequestHandler[] => [this.context.middleware, this.checkCsrf, handler as unknown as RequestHandler];
    // Multipart forms: the files are read before the CSRF check, since the token is one of the form's
    // fields; only for a signed-in artisan, so nobody else makes the server hold megabytes.
    const upload = (files: RequestHandler, handler: PageHandler): RequestHandler[] => [
      this.context.middleware, this.artisansOnly, files, this.checkCsrf, handler as unknown as RequestHandler,
    ];

    router.get('/assets/:name', this.assets.serve);
    router.get('/', ...page(this.storefront.home));
    router.get('/products', ...page(this.storefront.catalog));
    router.get('/products/:id', ...page(this.storefront.product));
    router.post('/preferences', ...form(this.preferences.update));
    router.get('/sign-in', ...page(this.session.form));
    router.post('/sign-in', ...form(this.session.signIn));
    router.post('/sign-out', ...form(this.session.signOut));
    router.get('/register', ...page(this.session.registerForm));
    router.post('/register', ...form(this.session.register));
    router.get('/forgot-password', ...page(this.accountPages.forgotForm));
    router.post('/forgot-password', ...form(this.accountPages.forgot));
    router.get('/reset-password', ...page(this.accountPages.resetForm));
    router.post('/reset-password', ...form(this.accountPages.reset));
    router.get('/verify-email', ...page(this.accountPages.verify));
    router.get('/account', ...page(this.accountSettings.show));
    router.post('/account', ...form(this.accountSettings.update));
    router.post('/account/verification', ...form(this.accountSettings.resendVerification));
    router.get('/cart', ...page(this.cart.show));
    router.post('/cart/items', ...form(this.cart.add));
    router.post('/cart/update', ...form(this.cart.update));
    router.get('/checkout', ...page(this.checkout.form));
    router.post('/checkout', ...form(this.checkout.place));
    router.get('/orders', ...page(this.orders.list));
    router.get('/orders/:id', ...page(this.orders.show));
    router.post('/orders/:id/pay', ...form(this.orders.pay));
    router.post('/orders/:id/cancel', ...form(this.orders.cancel));
    router.get('/artisan', ...page(this.artisan.dashboard));
    router.get('/artisan/cooperatives/new', ...page(this.artisan.applicationForm));
    router.post('/artisan/cooperatives', ...form(this.artisan.apply));
    router.get('/artisan/cooperatives/:id/products/new', ...page(this.artisan.newProduct));
    router.post('/artisan/cooperatives/:id/products', ...form(this.artisan.createProduct));
    router.post('/artisan/products/:id/submit', ...form(this.artisan.submitProduct));
    router.post('/artisan/products/:id/stock', ...form(this.artisan.setStock));
    router.get('/artisan/products/:id/edit', ...page(this.artisan.editProduct));
    router.post('/artisan/products/:id', ...form(this.artisan.updateProduct));
    router.post('/artisan/products/:id/images', ...upload(this.photoFiles, this.artisan.uploadPhotos));
    router.post('/artisan/products/:id/images/order', ...form(this.artisan.reorderPhotos));
    router.post('/artisan/products/:id/images/:imageId/delete', ...form(this.artisan.deletePhoto));
    router.post('/artisan/products/:id/images/:imageId/alt', ...form(this.artisan.describePhoto));
    router.post('/artisan/cooperatives/:id/logo', ...upload(this.pictureFile, this.artisan.setPicture('logo')));
    router.post('/artisan/cooperatives/:id/cover', ...upload(this.pictureFile, this.artisan.setPicture('cover')));
    router.post('/artisan/hs-suggestions', ...form(this.artisan.hsSuggestions));
    router.get('/artisan/cooperatives/:id/orders', ...page(this.artisan.orders));
    router.get('/artisan/hs-reviews', ...page(this.hsReviews.artisan));
    router.post('/artisan/products/:id/hs-choice', ...form(this.hsReviews.choose));
    router.get('/artisan/cooperatives/:id/payouts.csv', ...page(this.artisan.payoutStatement));
    router.post('/artisan/cooperative-orders/:id/ship', ...form(this.artisan.ship));
    router.post('/artisan/cooperative-orders/:id/deliver', ...form(this.artisan.deliver));
    router.get('/cooperative-orders/:id/commercial-invoice.pdf', ...page(this.invoices.download));
    router.get('/admin/cooperatives', ...page(this.admin.review));
    router.post('/admin/cooperatives/:id/decision', ...form(this.admin.decide));
    router.get('/admin/products', ...page(this.admin.moderation));
    router.post('/admin/products/:id/decision', ...form(this.admin.moderate));
    router.get('/admin/exchange-rates', ...page(this.admin.exchangeRates));
    router.post('/admin/exchange-rates', ...form(this.admin.putExchangeRate));
    router.get('/admin/audit-log', ...page(this.admin.auditLog));
    router.get('/admin/payments', ...page(this.admin.payments));
    router.get('/admin/reports', ...page(this.reports.show));
    router.get('/admin/country-risks', ...page(this.countryRisks.list));
    router.post('/admin/country-risks', ...form(this.countryRisks.put));
    router.get('/admin/outbox', ...page(this.outbox.list));
    router.get('/admin/outbox/:id', ...page(this.outbox.show));
    router.post('/admin/outbox/:id/retry', ...form(this.outbox.retry));
    router.get('/admin/hs-reviews', ...page(this.hsReviews.admin));
    router.get('/admin/landed-cost', ...page(this.landedCost.show));
    router.get('/admin/landed-cost/collected.csv', ...page(this.landedCost.csv));
    router.post('/admin/landed-cost', ...form(this.landedCost.publish));
    router.use(this.errors.handle);
    return router;
  }

  private readonly artisansOnly = (req: Request, _res: Response, next: NextFunction): void => {
    try {
      requireRole((req as WebRequest).web, 'artisan');
      next();
    } catch (error) {
      next(error);
    }
  };

  /** The token comes in the form field `_csrf` or, from htmx, in the `X-CSRF-Token` header. */
  private readonly checkCsrf = (req: Request, _res: Response, next: NextFunction): void => {
    const web = (req as WebRequest).web;
    const token = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers['x-csrf-token'];
    next(this.csrf.isValid(web.csrfNonce, token) ? undefined : new CsrfError());
  };
}
