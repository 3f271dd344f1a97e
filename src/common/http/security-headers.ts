import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { HelmetOptions } from 'helmet';

/**
 * Helmet's headers, computed once: helmet is run at start-up against a recording response, and each
 * request then gets the same header set in one pass (running helmet's dozen middlewares per request
 * halved the throughput of small responses).
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
    getHeader: (name: string) => headers.get(name),
  };
  helmet(options)({ headers: {}, method: 'GET', url: '/' } as never, recorder as never, () => undefined);
  const entries = [...headers.entries()];
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of entries) res.setHeader(name, value);
    next();
  };
}
