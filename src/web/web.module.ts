import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import { API_PREFIX } from '../common/http/configure-app';
import { ErrorPages } from '../common/errors/error-pages';
import { AuthModule } from '../auth/auth.module';
import { HsCodesModule } from '../hs-codes/hs-codes.module';
import { HsReclassificationModule } from '../hs-reclassification/hs-reclassification.module';
import { LandedCostModule } from '../landed-cost/landed-cost.module';
import { InsuranceModule } from '../insurance/insurance.module';
import { InvoicesModule } from '../invoices/invoices.module';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { AuditModule } from '../audit/audit.module';
import { ProductsModule } from '../products/products.module';
import { ReportsModule } from '../reports/reports.module';
import { AccountPagesController } from './account-pages.controller';
import { AccountSettingsController } from './account-settings.controller';
import { AdminController } from './admin.controller';
import { ApplicationFormModel, DashboardModel, EditProductFormModel, NewProductFormModel } from './artisan-forms';
import { ArtisanPagesService } from './artisan-pages.service';
import { ArtisanController } from './artisan.controller';
import { AssetsController } from './assets.controller';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { CheckoutController } from './checkout.controller';
import { CheckoutFormModel } from './checkout-page';
import { CooperativeApplicationService } from './cooperative-application.service';
import { CountryRisksPageController } from './country-risks-page.controller';
import { CsrfMiddleware } from './csrf';
import { CsrfService } from './csrf.service';
import { HsReviewsPageController } from './hs-reviews-page.controller';
import { InvoiceDownloadController } from './invoice-download.controller';
import { OrdersPageController } from './orders-page.controller';
import { OutboxPageController } from './outbox-page.controller';
import { LandedCostPageController } from './landed-cost-page.controller';
import { LandedEstimateService } from './landed-estimate.service';
import { PageRenderer } from './page-renderer.service';
import { SharedPages } from './shared-pages.service';
import { PreferencesController } from './preferences.controller';
import { ReportsPageController } from './reports-page.controller';
import { SessionController } from './session.controller';
import { StorefrontController } from './storefront.controller';
import { StorefrontService } from './storefront.service';
import { WebCheckoutService } from './web-checkout.service';
import { WebContextService } from './web-context.service';
import { WebContextMiddleware } from './web-context.middleware';
import { WebErrorHandler } from './web-error.handler';
import { WebSessionService } from './web-session.service';

const PAGES = [
  StorefrontController,
  PreferencesController,
  SessionController,
  AccountPagesController,
  AccountSettingsController,
  CartController,
  CheckoutController,
  OrdersPageController,
  ArtisanController,
  HsReviewsPageController,
  InvoiceDownloadController,
  AdminController,
  ReportsPageController,
  CountryRisksPageController,
  OutboxPageController,
  LandedCostPageController,
];

/** What is not a page: the API (AppModule), the assets, photos, health and API docs. */
const NOT_PAGES = [
  API_PREFIX,
  `${API_PREFIX}/{*rest}`,
  'assets/{*rest}',
  'media/{*rest}',
  'health',
  'health/{*rest}',
  'docs',
  'docs-json',
  'docs/{*rest}',
];

/**
 * Server-rendered storefront pages at `/` (the API modules sit under /api/v1, see AppModule), calling
 * the other modules' services in-process. Their errors are pages: WebErrorHandler is the ErrorPages
 * the global exception filter hands page requests to.
 */
@Module({
  imports: [
    AuthModule,
    CooperativesModule,
    HsCodesModule,
    HsReclassificationModule,
    ExchangeRatesModule,
    ProductsModule,
    OrdersModule,
    PaymentsModule,
    PayoutsModule,
    AuditModule,
    InvoicesModule,
    ReportsModule,
    InsuranceModule,
    LandedCostModule,
  ],
  controllers: [AssetsController, ...PAGES],
  providers: [
    WebContextService,
    WebContextMiddleware,
    CsrfService,
    PageRenderer,
    SharedPages,
    LandedEstimateService,
    WebErrorHandler,
    { provide: ErrorPages, useExisting: WebErrorHandler },
    StorefrontService,
    WebSessionService,
    CartService,
    WebCheckoutService,
    ArtisanPagesService,
    CooperativeApplicationService,
    NewProductFormModel,
    EditProductFormModel,
    DashboardModel,
    ApplicationFormModel,
    CheckoutFormModel,
  ],
  exports: [ErrorPages],
})
export class WebModule implements NestModule {
  /**
   * Every page (not its static assets) gets its cookies parsed and `req.web`, then every form its CSRF
   * check; uploads have theirs after the files are read (CsrfAfterUpload). Mounted once for every path
   * but the API's and the other root controllers', not once per page route: Express walks each
   * mounted route on every request, and three middlewares over some 70 page routes were two thirds
   * of its 362 layers. An unknown path outside those is a page's too, so it gets the 404 page.
   */
  configure(consumer: MiddlewareConsumer): void {
    const everyPage = { path: '{*page}', method: RequestMethod.ALL };
    consumer
      .apply(cookieParser(), WebContextMiddleware)
      .exclude(...NOT_PAGES)
      .forRoutes(everyPage);
    consumer
      .apply(CsrfMiddleware)
      .exclude(
        ...NOT_PAGES,
        ...['artisan/products/:id/images', 'artisan/cooperatives/:id/logo', 'artisan/cooperatives/:id/cover'].map((path) => ({
          path,
          method: RequestMethod.POST,
        })),
      )
      .forRoutes(everyPage);
  }
}
