import { CallHandler, ExecutionContext, Injectable, mixin, NestInterceptor, Type } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import { rm } from 'node:fs/promises';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { imageLimits, limitFigures } from './image-processor';
import { uploadOptions, type UploadOptions } from './upload-limits';
import type { UploadedImage } from './uploaded-image';

// multer (Nest's own multipart parser) ships no types, and @types/multer is not installed: the little used here.
type Multer = (options: UploadOptions) => { array(field: string, maxCount: number): RequestHandler };
const multer = require('multer') as Multer;

/**
 * Reads the image files of a multipart form into temporary files, within the upload limits, and
 * removes them once the handler is done, whatever its outcome: ten 15 MB photos cost a request disk,
 * not memory. Too large or too many is refused with a message the storefront can show. The
 * files are in `req.files` (`@UploadedFiles()`), the form's fields in `req.body`, where
 * CsrfAfterUpload finds the token.
 */
export function ImageUpload(field: string, maxCount: number): Type<NestInterceptor> {
  @Injectable()
  class ImageUploadInterceptor implements NestInterceptor {
    private readonly parse: RequestHandler;

    constructor(@InjectConfig() private readonly config: AppConfig) {
      this.parse = multer(uploadOptions(config)).array(field, maxCount);
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const req = http.getRequest<Request & { files?: UploadedImage[] }>();
      // On a refusal multer removes what it wrote itself.
      await new Promise<void>((resolve, reject) =>
        this.parse(req, http.getResponse<Response>(), (error?: unknown) => (error ? reject(this.refusal(error)) : resolve())),
      );
      // The handler has stored what it keeps by the time it is done; the files go before the answer does.
      return from(
        (async () => {
          try {
            return await lastValueFrom(next.handle(), { defaultValue: undefined });
          } finally {
            await Promise.all((req.files ?? []).map((file) => rm(file.path, { force: true })));
          }
        })(),
      );
    }

    /** multer's refusals in words a form can show; anything else (a broken stream) stays what it is. */
    private refusal(error: unknown): unknown {
      const { name, code, field: named } = error as { name?: string; code?: string; field?: string };
      if (name !== 'MulterError') return error;
      if (code === 'LIMIT_FILE_SIZE')
        return new DomainError('PAYLOAD_TOO_LARGE', `Each photo may be at most ${limitFigures(imageLimits(this.config.media)).mb} MB`);
      if ((code === 'LIMIT_UNEXPECTED_FILE' && named === field) || code === 'LIMIT_FILE_COUNT')
        return new DomainError('VALIDATION_FAILED', maxCount === 1 ? 'Send one photo' : `At most ${maxCount} photos at a time`, [
          { field, errors: [`at most ${maxCount}`] },
        ]);
      if (code === 'LIMIT_UNEXPECTED_FILE')
        return new DomainError('VALIDATION_FAILED', `Send the photo${maxCount === 1 ? '' : 's'} in the field \`${field}\``, [
          { field: named ?? field, errors: ['unexpected file field'] },
        ]);
      return new DomainError('VALIDATION_FAILED', `The form was refused: ${(error as Error).message}`);
    }
  }
  return mixin(ImageUploadInterceptor);
}
