import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppConfig } from '../common/config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { uploadLimits } from '../media/upload-limits';

// multer (Nest's own multipart parser) ships no types, and @types/multer is not installed: the little used here.
type Multer = (options: ReturnType<typeof uploadLimits>) => { array(field: string, maxCount: number): RequestHandler };
const multer = require('multer') as Multer;

/** Reads the image files of a multipart form into memory, within the upload limits, before the CSRF check reads its fields. */
export function imageUploads(config: AppConfig, field: string, maxCount: number): RequestHandler {
  const parse = multer(uploadLimits(config)).array(field, maxCount);
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      const code = (error as { code?: string } | undefined)?.code;
      if (!error) next();
      else if (code === 'LIMIT_FILE_SIZE') next(new DomainError('PAYLOAD_TOO_LARGE', `Each photo may be at most ${Math.floor(config.media.maxUploadBytes / 1048576)} MB`));
      else if (typeof code === 'string' && code.startsWith('LIMIT_')) next(new DomainError('VALIDATION_FAILED', `At most ${maxCount} photos at a time`));
      else next(error);
    });
}
