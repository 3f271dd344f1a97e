import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(path: string, type: string): Asset {
  const body = readFileSync(path);
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

/** The stylesheet and htmx, served from this app (read once at start): pages never need a CDN. */
@Injectable()
export class AssetsController {
  private readonly assets: Record<string, Asset> = {
    'site.css': asset(join(__dirname, 'assets', 'site.css'), 'text/css; charset=utf-8'),
    'htmx.min.js': asset(require.resolve('htmx.org/dist/htmx.min.js'), 'text/javascript; charset=utf-8'),
  };

  readonly serve = (req: Request, res: Response): void => {
    const found = this.assets[String(req.params.name)];
    if (!found) {
      res.status(404).type('text').send('Not found');
      return;
    }
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('ETag', found.etag);
    if (req.headers['if-none-match'] === found.etag) {
      res.status(304).end();
      return;
    }
    res.type(found.type).send(found.body);
  };
}
