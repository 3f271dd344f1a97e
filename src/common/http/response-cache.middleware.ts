import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ChangeFeed } from '../cache/change-feed.service';
import { ResponseCache } from '../cache/response-cache';
import { negotiateLocale } from '../i18n/locale';

/** Anonymous catalog reads answered from the cache: the list and search (group 1 empty), and a product page. */
const CACHED_PATH = /^\/api\/v1\/products(\/[0-9a-fA-F-]{36})?(?:\?|$)/;
/** The tables these answers are read from; each notifies the change feed (migrations). */
export const CATALOG_TOPICS = ['products', 'cooperatives', 'exchange_rates'];
/** What a cached answer carries of its own; the rest (security, CORS, request id) is set per request. */
const KEPT_HEADERS = ['content-type', 'etag', 'cache-control', 'vary'];
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The answer differs by URL and, for a list with no `lang` parameter, by the language negotiated
 * from the request (a product page is the same in every language).
 */
function keyOf(req: Request, page: boolean): string {
  return page || req.url.includes('lang=') ? req.url : `${req.url}\n${negotiateLocale(req.headers['accept-language'])}`;
}

/**
 * The catalog's anonymous reads cost Node far more (routing, validation, SQL rows, JSON) than
 * sending bytes: the same answer is kept serialized, with its ETag, and served before Nest's
 * pipeline. Any change to the tables it is read from clears it on every instance (change feed);
 * a successful write through this instance clears it when answered, so its caller reads its own
 * write at once. Requests with a token are never served from it, nor answers setting a cookie.
 */
export function catalogResponseCache(cache: ResponseCache, feed: ChangeFeed): RequestHandler {
  for (const topic of CATALOG_TOPICS) feed.on(topic, () => cache.clear());
  return (req: Request, res: Response, next: NextFunction) => {
    if (MUTATING.has(req.method)) {
      // Through the feed, so that every cache of catalog answers on this instance (they all listen on
      // `products`) forgets too. Once, not per topic; reference data such as rates is cleared by the
      // service that writes it, so an order or a sign-in does not make the next request re-read rates.
      res.once('finish', () => {
        if (res.statusCode < 400) feed.changed('products');
      });
      return next();
    }
    const match = req.method === 'GET' && req.headers.authorization === undefined ? CACHED_PATH.exec(req.url) : null;
    if (!match) return next();
    const key = keyOf(req, match[1] !== undefined);
    const hit = cache.get(key);
    if (hit) {
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      if (req.headers['if-none-match'] !== undefined && req.fresh) {
        res.statusCode = 304;
        return void res.end();
      }
      res.setHeader('Content-Length', hit.body.length);
      return void res.end(hit.body);
    }
    const mark = cache.mark;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const [chunk, encoding] = args;
      if (res.statusCode === 200 && !res.hasHeader('set-cookie') && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
        const body =
          typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : chunk;
        const headers = KEPT_HEADERS.flatMap((name): Array<[string, string]> => {
          const value = res.getHeader(name);
          return value === undefined ? [] : [[name, String(value)]];
        });
        cache.set(key, body, headers, mark);
      }
      return end(...args);
    }) as Response['end'];
    next();
  };
}
