import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { ChangeFeed } from '../cache/change-feed.service';
import { ResponseCache } from '../cache/response-cache';
import { AppConfig } from '../config/app-config';
import { ErrorBody } from '../errors/error-body';
import { PinoNestLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging';
import { securityHeaders } from './security-headers';
import { catalogResponseCache } from './response-cache.middleware';
import { rejectUnsafeInput } from './unsafe-input.middleware';
import { createValidationPipe } from './validation.pipe';

/** Where the API's modules are mounted (AppModule, RouterModule); health, docs, media and pages sit at the root. */
export const API_PREFIX = 'api/v1';

/** Everything main.ts and the e2e tests both need, so tests exercise the real HTTP set-up. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): NestExpressApplication {
  app.useLogger(new PinoNestLogger(logger));
  app.use(requestLogging(logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  // Every answer gets a hash of its bytes as ETag and a matching If-None-Match gets 304 (Express).
  app.set('etag', 'strong');
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  app.use(
    securityHeaders({
      // Swagger UI needs inline scripts and styles; everything is served from this origin.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Photos come from this app or the configured media host only: no other host sees buyers.
          imgSrc: ["'self'", 'data:', 'blob:', ...(config.media.publicUrl ? [new URL(config.media.publicUrl).origin] : [])],
          // The storefront's checkout form redirects to Stripe's hosted payment page.
          formAction: ["'self'", 'https://checkout.stripe.com'],
          // Plain-http localhost development must keep working; HSTS covers production.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  if (config.http.corsOrigins !== false) {
    app.enableCors({ origin: config.http.corsOrigins === '*' ? true : config.http.corsOrigins, maxAge: 600 });
  }
  // After everything set per request (security headers, CORS), before Nest's pipeline it spares; before
  // the input check too, which a cached URL passed when its answer was computed (only 200s are kept).
  const feed = app.get(ChangeFeed);
  app.use(catalogResponseCache(new ResponseCache(config.responseCache, () => feed.live), feed));
  // After the parsers, security headers and CORS, so its 400 carries them like any other answer.
  app.use(rejectUnsafeInput());
  // The API's bodies and the pages' forms alike.
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hirfa API')
      .setDescription('Marketplace for Moroccan artisan cooperatives selling abroad')
      .setVersion('1')
      .addBearerAuth()
      .addGlobalResponse({
        status: 503,
        description: 'SERVICE_UNAVAILABLE while the database cannot be reached; retry after the Retry-After seconds',
        type: ErrorBody,
      })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
