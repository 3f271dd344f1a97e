import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Pages } from './web.decorator';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(path: string, type: string): Asset {
  const body = readFileSync(path);
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

/** The stylesheet, htmx, Chart.js and the export chart's script, served from this app (read once at start): pages never need a CDN. */
@Pages()
@Controller('assets')
export class AssetsController {
  private readonly assets: Record<string, Asset> = {
    'site.css': asset(join(__dirname, 'assets', 'site.css'), 'text/css; charset=utf-8'),
    'htmx.min.js': asset(require.resolve('htmx.org/dist/htmx.min.js'), 'text/javascript; charset=utf-8'),
    // chart.js's `exports` map hides its dist folder; the UMD build sits beside the CommonJS entry.
    'chart.umd.min.js': asset(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'text/javascript; charset=utf-8'),
    'export-chart.js': asset(join(__dirname, 'assets', 'export-chart.js'), 'text/javascript; charset=utf-8'),
    'photo-upload.js': asset(join(__dirname, 'assets', 'photo-upload.js'), 'text/javascript; charset=utf-8'),
  };

  @Get(':name')
  serve(@Param('name') name: string, @Req() req: Request, @Res() res: Response): void {
    const found = this.assets[name];
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
  }
}
