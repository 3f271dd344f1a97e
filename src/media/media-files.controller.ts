import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { IMMUTABLE_CACHE, MEDIA_STORAGE, MediaStorage } from './media-storage';

const PATH = /^\/media\/i\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(([0-9a-f]{16})-\d{1,5}\.(webp|avif))$/;
const TYPES: Record<string, string> = { webp: 'image/webp', avif: 'image/avif' };

/**
 * GET /media/i/<imageId>/<hash>-<width>.<ext>: derivatives from either storage driver. Names carry a
 * hash of the bytes, so a file never changes under its name and is cached for a year; nothing else
 * in the store (uploads waiting to be processed) has a name this answers to.
 */
@ApiExcludeController()
@Controller('media')
export class MediaFilesController {
  private readonly logger = new Logger('Media');

  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}

  @Get('{*path}')
  serve(@Req() req: Request, @Res() res: Response): void {
    const match = PATH.exec(req.path);
    if (!match) {
      res.status(404).type('text').send('Not found');
      return;
    }
    const [, imageId, file, hash, ext] = match;
    const etag = `"${hash}"`;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.setHeader('Cache-Control', IMMUTABLE_CACHE);
      res.setHeader('ETag', etag);
      res.status(304).end();
      return;
    }
    this.send(`i/${imageId}/${file}`, TYPES[ext], etag, req, res).catch((error: unknown) => {
      this.logger.error({ err: error, path: req.path }, 'Serving a media file failed');
      if (!res.headersSent) res.status(500).type('text').send('Internal server error');
      else res.destroy();
    });
  }

  private async send(key: string, type: string, etag: string, req: Request, res: Response): Promise<void> {
    const found = await this.storage.get(key);
    if (!found) {
      res.status(404).type('text').send('Not found');
      return;
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', IMMUTABLE_CACHE);
    res.setHeader('ETag', etag);
    if (found.size !== undefined) res.setHeader('Content-Length', String(found.size));
    if (req.method === 'HEAD') {
      found.body.destroy();
      res.end();
      return;
    }
    await pipeline(found.body, res);
  }
}
