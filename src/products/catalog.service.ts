import { Injectable } from '@nestjs/common';
import { MediaUrls } from '../media/media-urls';
import { ExchangeRatesService, RateQuote } from '../exchange-rates/exchange-rates.service';
import type { CatalogRows } from './catalog-query';
import { CatalogView, defaultSort, ListProductsQuery, ProductSort } from './dto/list-products.query';
import { DisplayPriceView, ProductCardView, ProductListPage, ProductView, toProductCardView, toProductView } from './dto/product.view';
import type { PublicProduct } from './product';
import { ProductRepository } from './product.repository';
import type { Locale } from '../auth/user-role';

function displayPrice(priceMinor: number, quote: RateQuote | undefined): DisplayPriceView | undefined {
  return quote
    ? {
        amountMinor: ExchangeRatesService.fromMad(priceMinor, quote),
        currency: quote.currency,
        madPerUnit: quote.madPerUnit,
        asOf: quote.asOf,
      }
    : undefined;
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly products: ProductRepository,
    private readonly rates: ExchangeRatesService,
    private readonly media: MediaUrls,
  ) {}

  /** A page of cards in `locale`, or of full products with `view=full`. */
  async list(query: ListProductsQuery, locale: Locale): Promise<ProductListPage> {
    if (query.view === 'full') {
      const { rows, nextCursor, quote } = await this.page(query, 'full');
      return { items: rows.map((row) => this.view(row, quote)), nextCursor };
    }
    return this.cards(query, locale);
  }

  /** A page of listing cards, titles in `locale` (English where a product has none in it). */
  async cards(query: ListProductsQuery, locale: Locale): Promise<{ items: ProductCardView[]; nextCursor: string | null }> {
    const { rows, nextCursor, quote } = await this.page(query, 'card');
    return { items: rows.map((row) => toProductCardView(row, locale, this.media, displayPrice(row.priceMinor, quote))), nextCursor };
  }

  private async page<V extends CatalogView>(
    query: ListProductsQuery,
    view: V,
  ): Promise<{ rows: CatalogRows[V][]; nextCursor: string | null; quote?: RateQuote }> {
    const sort: ProductSort = query.sort ?? defaultSort(query.q);
    const quote = query.currency ? await this.rates.quote(query.currency) : undefined;
    // Price filters are read in the display currency and converted to MAD once.
    const toMad = (amount: number | undefined): number | undefined =>
      amount === undefined || !quote ? amount : ExchangeRatesService.toMad(amount, quote);
    const page = await this.products.catalogPage({
      q: query.q,
      lang: query.lang,
      view,
      branch: query.branch,
      cooperativeId: query.cooperativeId,
      region: query.region,
      hsChapter: query.hsChapter,
      minPriceMad: toMad(query.minPrice),
      maxPriceMad: toMad(query.maxPrice),
      sort,
      cursor: query.cursor,
      limit: query.limit,
    });
    return { ...page, quote };
  }

  /** The public product page; undefined when buyers may not see it. */
  async findVisible(id: string, currency?: string): Promise<ProductView | undefined> {
    const quote = currency ? await this.rates.quote(currency) : undefined;
    const row = await this.products.publicProduct(id);
    return row ? this.view(row, quote) : undefined;
  }

  /** The public pages of these products that buyers may see, by id. */
  async findVisibleMany(ids: string[], currency?: string): Promise<Map<string, ProductView>> {
    const quote = currency ? await this.rates.quote(currency) : undefined;
    const rows = await this.products.publicProducts(ids);
    return new Map(rows.map((row) => [row.id, this.view(row, quote)]));
  }

  private view(row: PublicProduct, quote: RateQuote | undefined): ProductView {
    return toProductView(row, this.media, { displayPrice: displayPrice(row.priceMinor, quote), readyOnly: true });
  }
}
