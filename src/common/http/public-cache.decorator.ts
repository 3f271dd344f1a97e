import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { PUBLIC_CACHE, PublicCacheInterceptor } from './public-cache.interceptor';

export interface PublicCachePolicy {
  /** Seconds a browser or CDN may answer from its copy. */
  maxAge: number;
  /** Seconds past that it may still answer from its copy while it revalidates (ETag, 304). */
  staleWhileRevalidate: number;
  /** Request headers the answer depends on, besides Authorization. */
  vary?: string[];
}

/**
 * An anonymous read anyone may cache for a short while (see PublicCacheInterceptor). Express gives
 * every answer a strong ETag and answers 304 to a matching If-None-Match (configureApp). On these
 * routes only: an interceptor costs every route it runs on (rxjs, async context binding).
 */
export const PublicCache = (policy: PublicCachePolicy): MethodDecorator =>
  applyDecorators(SetMetadata(PUBLIC_CACHE, policy), UseInterceptors(PublicCacheInterceptor));

/** Reads every client sees alike that change as the catalog does (products, stock, prices). */
export const CATALOG_CACHE: PublicCachePolicy = { maxAge: 30, staleWhileRevalidate: 300 };
/** Reference data that changes a few times a year (an HS nomenclature import). */
export const REFERENCE_CACHE: PublicCachePolicy = { maxAge: 300, staleWhileRevalidate: 86_400 };
