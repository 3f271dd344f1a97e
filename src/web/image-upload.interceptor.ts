import { CallHandler, ExecutionContext, Injectable, mixin, NestInterceptor, Type } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import type { Observable } from 'rxjs';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { uploadLimits } from '../media/upload-limits';

// multer (Nest's own multipart parser) ships no types, and @types/multer is not installed: the little used here.
type Multer = (options: ReturnType<typeof uploadLimits>) => { array(field: string, maxCount: number): RequestHandler };
const multer = require('multer') as Multer;

/**
 * Reads the image files of a multipart form into memory, within the upload limits, with the storefront's
 * messages for files too large or too many (Nest's FilesInterceptor has its own). Its fields become
 * `req.body`, where CsrfAfterUpload finds the token.
 */
export function ImageUpload(field: string, maxCount: number): Type<NestInterceptor> {
  @Injectable()
  class ImageUploadInterceptor implements NestInterceptor {
    private readonly parse: RequestHandler;

    constructor(@InjectConfig() private readonly config: AppConfig) {
      this.parse = multer(uploadLimits(config)).array(field, maxCount);
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      await new Promise<void>((resolve, reject) =>
        this.parse(http.getRequest<Request>(), http.getResponse<Response>(), (error?: unknown) => {
          const code = (error as { code?: string } | undefined)?.code;
          if (!error) resolve();
          else if (code === 'LIMIT_FILE_SIZE')
            reject(
              new DomainError(
                'PAYLOAD_TOO_LARGE',
                `Each photo may be at most ${Math.floor(this.config.media.maxUploadBytes / 1048576)} MB`,
              ),
            );
          else if (typeof code === 'string' && code.startsWith('LIMIT_'))
            reject(new DomainError('VALIDATION_FAILED', `At most ${maxCount} photos at a time`));
          else reject(error);
        }),
      );
      return next.handle();
    }
  }
  return mixin(ImageUploadInterceptor);
}
