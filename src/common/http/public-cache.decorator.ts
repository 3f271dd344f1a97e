import { SetMetadata } from '@nestjs/common';

export const PUBLIC_CACHE = 'hirfa:public-cache';

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
 * every answer a strong ETag and answers 304 to a matching If-None-Match (configureApp).
 */
export const PublicCache = (policy: PublicCachePolicy): MethodDecorator => SetMetadata(PUBLIC_CACHE, policy);

/** Reads every client sees alike that change as the catalog does (products, stock, prices). */
export const CATALOG_CACHE: PublicCachePolicy = { maxAge: 30, staleWhileRevalidate: 300 };
/** Reference data that changes a few times a year (an HS nomenclature import). */
export const REFERENCE_CACHE: PublicCachePolicy = { maxAge: 300, staleWhileRevalidate: 86_400 };
