import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, DatabaseOutage } from '../database/database-outage.service';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { pgErrorCode } from '../database/pg-error-code';
import { DomainError } from './domain-error';
import { ERROR_STATUS, ErrorCode } from './error-code';
import { ErrorBody } from './error-body';
import { ErrorPages } from './error-pages';

/**
 * SQLSTATEs of a value PostgreSQL refused as input: invalid text representation, numeric out of
 * range, string too long, invalid or out-of-range date/time (a forged cursor), null in a NOT NULL
 * column (a null sent for a field that may only be omitted).
 */
const INPUT_REFUSED = new Set(['22P02', '22003', '22001', '22007', '22008', '23502']);

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Maps every error to `{ statusCode, code, message, details? }`; unknown errors become a logged 500.
 * A page's request gets an error page instead, from the ErrorPages its module provides.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly outage: DatabaseOutage,
    @Optional() private readonly pages?: ErrorPages,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (this.pages?.renders(request)) return this.pages.render(exception, request, response);
    if (isDatabaseUnavailable(exception)) {
      // Logged once per outage, not per request; clients (and Stripe's webhooks) retry.
      this.outage.noteFailure(exception);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      response.status(503).json(this.body(503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly'));
      return;
    }
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: (request as Request & { id?: string })?.id, path: request?.url }, 'Request failed');
    }
    if (exception instanceof DomainError && exception.code === 'TOO_MANY_REQUESTS') {
      const retryAfter = (exception.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request): ErrorBody {
    if (exception instanceof DomainError) {
      return this.body(ERROR_STATUS[exception.code], exception.code, exception.message, exception.details);
    }
    if (exception instanceof HttpException) {
      return this.fromHttpException(exception, request);
    }
    const pgCode = pgErrorCode(exception);
    // Input that slipped past validation and was refused by a column type or constraint.
    if (pgCode !== undefined && INPUT_REFUSED.has(pgCode))
      return this.body(400, 'BAD_REQUEST', 'A value has the wrong format or is out of range');
    if (pgCode === '23505') return this.body(409, 'CONFLICT', 'This record conflicts with an existing one');
    const typed = exception as { type?: string; status?: number } | undefined;
    // body-parser errors reach the filter as plain errors carrying a status.
    if (typed?.type === 'entity.too.large') return this.body(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large');
    if (typed?.type === 'entity.parse.failed') return this.body(400, 'BAD_REQUEST', 'Request body is not valid JSON');
    return this.body(500, 'INTERNAL_ERROR', 'Internal server error');
  }

  private fromHttpException(exception: HttpException, request: Request): ErrorBody {
    const status = exception.getStatus();
    const response = exception.getResponse();
    let message = exception.message;
    if (typeof response === 'object' && response !== null && 'message' in response) {
      const raw = (response as { message: unknown }).message;
      message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    }
    if (status === HttpStatus.NOT_FOUND && message.startsWith('Cannot ')) {
      message = `No route for ${request.method} ${request.path}`;
    }
    return this.body(status, CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), message);
  }

  private body(statusCode: number, code: string, message: string, details?: unknown): ErrorBody {
    return details === undefined ? { statusCode, code, message } : { statusCode, code, message, details };
  }
}
