import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, RouterModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CacheModule } from './common/cache/cache.module';
import { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { JobsModule } from './common/jobs/jobs.module';
import { dataSourceOptions } from './common/database/data-source-options';
import { DatabaseOutageModule } from './common/database/database-outage.module';
import { TransactionsModule } from './common/database/transactions.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { API_PREFIX } from './common/http/configure-app';
import { CooperativesModule } from './cooperatives/cooperatives.module';
import { ExchangeRatesModule } from './exchange-rates/exchange-rates.module';
import { HealthModule } from './health/health.module';
import { HsCodesModule } from './hs-codes/hs-codes.module';
import { HsReclassificationModule } from './hs-reclassification/hs-reclassification.module';
import { InsuranceModule } from './insurance/insurance.module';
import { InvoicesModule } from './invoices/invoices.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LandedCostModule } from './landed-cost/landed-cost.module';
import { OrdersModule } from './orders/orders.module';
import { PaymentsModule } from './payments/payments.module';
import { PayoutsModule } from './payouts/payouts.module';
import { ProductsModule } from './products/products.module';
import { ShippingModule } from './shipping/shipping.module';
import { ReportsModule } from './reports/reports.module';
import { WebModule } from './web/web.module';
import { ENTITIES } from './entities';

/** The modules whose controllers make the JSON API, under /api/v1; health, docs, media and the pages are at the root. */
const API_MODULES = [
  NotificationsModule,
  AuthModule,
  AuditModule,
  CooperativesModule,
  HsCodesModule,
  ExchangeRatesModule,
  ProductsModule,
  HsReclassificationModule,
  OrdersModule,
  ShippingModule,
  PayoutsModule,
  PaymentsModule,
  InsuranceModule,
  LandedCostModule,
  ReportsModule,
  InvoicesModule,
];

/**
 * The whole application, built from an explicit configuration (main.ts, the CLI and tests). The API's
 * prefix is a module path rather than a global prefix, so pages may share its paths without it
 * (`/products` and `/api/v1/products`).
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(ENTITIES, config.databaseUrl, config.databasePoolSize, config.databaseTimeouts),
          autoLoadEntities: false,
        }),
        DatabaseOutageModule,
        TransactionsModule,
        CacheModule,
        JobsModule,
        HealthModule,
        ...API_MODULES,
        RouterModule.register([{ path: API_PREFIX, children: API_MODULES }]),
        WebModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
