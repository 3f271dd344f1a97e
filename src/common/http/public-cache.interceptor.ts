import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Observable, tap } from 'rxjs';
import type { PublicCachePolicy } from './public-cache.decorator';

export const PUBLIC_CACHE = 'hirfa:public-cache';

/**
 * Cache-Control for routes marked @PublicCache: public with a short max-age and
 * stale-while-revalidate when the request is anonymous; private and revalidated every time when it
 * carries a token, since a member may see more (a draft product) than the public.
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.get<PublicCachePolicy | undefined>(PUBLIC_CACHE, context.getHandler());
    if (!policy) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap(() => {
        for (const header of ['Authorization', ...(policy.vary ?? [])]) response.vary(header);
        response.setHeader(
          'Cache-Control',
          request.headers.authorization
            ? 'private, no-cache'
            : `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
        );
      }),
    );
  }
}
