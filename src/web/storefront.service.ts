import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { DataCache } from '../common/cache/data-cache';
import type { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { CATALOG_TOPICS } from '../common/http/response-cache.middleware';
import { BRANCHES } from '../common/domain/branches';
import { REGION_CODES } from '../common/domain/regions';
import { DomainError } from '../common/errors/domain-error';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { CooperativeView } from '../cooperatives/dto/cooperative.view';
import { CatalogService } from '../products/catalog.service';
import { defaultSort, ListProductsQuery, PRODUCT_SORTS, type ProductSort } from '../products/dto/list-products.query';
import { ProductCardView, ProductView } from '../products/dto/product.view';
import { majorToMinor } from './price-input';
import type { WebContext } from './web-context';

const PAGE_SIZE = 24;
const LISTING_PAGES = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The catalog form as typed: every field a string, empty when unused, prices in major units. */
export interface CatalogFilters {
  q: string;
  branch: string;
  region: string;
  minPrice: string;
  maxPrice: string;
  sort: string;
  cursor: string;
  cooperativeId: string;
}

export interface HomePage {
  cooperatives: CooperativeView[];
  products: ProductCardView[];
  branches: readonly string[];
}

export interface CatalogPage {
  filters: CatalogFilters;
  products: ProductCardView[];
  nextCursor: string | null;
  branches: readonly string[];
  regions: readonly string[];
  sorts: readonly string[];
  /** The sort the page is in, selected in the form (the catalog's default when none was asked). */
  sort: ProductSort;
  /** Filters set besides the search words, shown on the collapsed "Filters" button. */
  activeFilters: number;
}

const field = (query: Record<string, unknown>, name: string, max = 200): string => {
  const value = query[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
};

type Cards = { items: ProductCardView[]; nextCursor: string | null };

/**
 * Reads the buyer pages from the catalog and cooperatives services, in-process. The pages
 * themselves carry a CSRF token, the language, currency and cart, but the listings behind them are
 * the same for every anonymous visitor: they are kept in process, with the API's micro-cache
 * bounds (entries, maximum age), and cleared on every instance by any change to the tables they
 * are read from (change feed), or by a write through this instance (see catalogResponseCache).
 */
@Injectable()
export class StorefrontService {
  private readonly listings: DataCache<Cards>;
  private readonly featured: DataCache<CooperativeView[]>;

  constructor(
    private readonly catalog: CatalogService,
    private readonly cooperatives: CooperativesService,
    feed: ChangeFeed,
    @InjectConfig() config: AppConfig,
  ) {
    const { entries, maxAgeMs } = config.responseCache;
    // A page of cards is some 10 to 20 kB of objects: a thousand pages bound the heap it takes.
    this.listings = new DataCache({ entries: Math.min(entries, LISTING_PAGES), maxAgeMs }, () => feed.live);
    // One key: the home page's cooperatives.
    this.featured = new DataCache({ entries: Math.min(entries, 1), maxAgeMs }, () => feed.live);
    for (const topic of CATALOG_TOPICS) {
      feed.on(topic, () => {
        this.listings.clear();
        this.featured.clear();
      });
    }
  }

  async home(web: WebContext): Promise<HomePage> {
    const [cooperatives, products] = await Promise.all([
      this.featured.get('home', () => this.cooperatives.featured(6)),
      this.cards(Object.assign(new ListProductsQuery(), { limit: 8, currency: web.currency, lang: web.locale }), web.locale),
    ]);
    return { cooperatives, products: products.items, branches: BRANCHES };
  }

  /**
   * The catalog page. A filter a buyer could not have produced with the form (an unknown branch, a
   * malformed price) is ignored rather than failing the whole page.
   */
  async catalogPage(web: WebContext, query: Record<string, unknown>): Promise<CatalogPage> {
    const filters: CatalogFilters = {
      q: field(query, 'q'),
      branch: field(query, 'branch'),
      region: field(query, 'region'),
      minPrice: field(query, 'minPrice', 20),
      maxPrice: field(query, 'maxPrice', 20),
      sort: field(query, 'sort'),
      cursor: field(query, 'cursor', 500),
      cooperativeId: field(query, 'cooperativeId', 36),
    };
    const candidate = plainToInstance(ListProductsQuery, {
      q: filters.q || undefined,
      branch: (BRANCHES as readonly string[]).includes(filters.branch) ? filters.branch : undefined,
      region: (REGION_CODES as readonly string[]).includes(filters.region) ? filters.region : undefined,
      minPrice: majorToMinor(filters.minPrice, web.currency),
      maxPrice: majorToMinor(filters.maxPrice, web.currency),
      // Relevance needs search words: once they are cleared, the page falls back to the default order.
      sort:
        (PRODUCT_SORTS as readonly string[]).includes(filters.sort) && (filters.sort !== 'relevance' || filters.q)
          ? filters.sort
          : undefined,
      cursor: filters.cursor || undefined,
      cooperativeId: UUID.test(filters.cooperativeId) ? filters.cooperativeId : undefined,
      currency: web.currency,
      lang: web.locale,
      limit: PAGE_SIZE,
    });
    if (validateSync(candidate).length > 0) throw new DomainError('VALIDATION_FAILED', 'Invalid catalog filters');
    const page = await this.cards(candidate, web.locale);
    return {
      filters,
      products: page.items,
      nextCursor: page.nextCursor,
      branches: BRANCHES,
      regions: REGION_CODES,
      sorts: PRODUCT_SORTS,
      sort: candidate.sort ?? defaultSort(candidate.q),
      activeFilters: [candidate.branch, candidate.region, candidate.minPrice, candidate.maxPrice, candidate.sort].filter(
        (v) => v !== undefined,
      ).length,
    };
  }

  /** A page of cards, from the cache: the query's own fields make the key (cursor, currency and language included). */
  private cards(query: ListProductsQuery, locale: WebContext['locale']): Promise<Cards> {
    return this.listings.get(JSON.stringify([locale, query]), () => this.catalog.cards(query, locale));
  }

  async product(web: WebContext, id: string): Promise<ProductView> {
    const product = UUID.test(id) ? await this.catalog.findVisible(id, web.currency) : undefined;
    if (!product) throw new DomainError('NOT_FOUND', 'Product not found');
    return product;
  }
}
