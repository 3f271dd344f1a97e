import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

const INCOMING_ID = /^[\w-]{1,100}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when well-formed), echoes it in the response
 * and, when info logs are on, writes one line per completed request. Health probes are not logged.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (logger.isLevelEnabled('info') && !req.url.startsWith('/health')) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        logger.info(
          {
            reqId: id,
            method: req.method,
            url: req.originalUrl,
            statusCode: res.statusCode,
            responseTimeMs: Number(process.hrtime.bigint() - started) / 1e6,
            remoteAddress: req.ip,
          },
          'request completed',
        );
      });
    }
    next();
  };
}
