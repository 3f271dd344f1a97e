import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { ChangeFeed } from '../cache/change-feed.service';
import { ResponseCache } from '../cache/response-cache';
import { AppConfig } from '../config/app-config';
import { ErrorBody } from '../errors/error-body';
import { PinoNestLogger } from '../logging/app-logger';
import { requestLogging } from '../logging/request-logging';
import { MediaFilesHandler } from '../../media/media-files.handler';
import { WebRouter } from '../../web/web.router';
import { securityHeaders } from './security-headers';
import { catalogResponseCache } from './response-cache.middleware';
import { rejectUnsafeInput } from './unsafe-input.middleware';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/** Everything main.ts and the e2e tests both need, so tests exercise the real HTTP set-up. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): NestExpressApplication {
  app.useLogger(new PinoNestLogger(logger));
  app.use(requestLogging(logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  // Every answer gets a hash of its bytes as ETag and a matching If-None-Match gets 304 (Express).
  app.set('etag', 'strong');
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready', 'docs', 'docs-json'] });
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
  app.useGlobalPipes(createValidationPipe());
  // Image derivatives, from either storage driver; before the pages' router, which would not know them.
  app.use('/media', app.get(MediaFilesHandler).serve);
  // The storefront pages at `/` (the API stays under /api/v1); see WebRouter for why a router.
  // API requests skip the router's list of page routes (tested one by one otherwise).
  const pages = app.get(WebRouter).routes();
  app.use((req: Request, res: Response, next: NextFunction) => (req.url.startsWith(`/${API_PREFIX}/`) ? next() : pages(req, res, next)));

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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  return app;
}
