import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MediaUrls } from '../media/media-urls';
import { ExchangeRatesService, RateQuote } from '../exchange-rates/exchange-rates.service';
import { CatalogRow, catalogPage, productPage, productPages, RunQuery } from './catalog-query';
import { CatalogView, defaultSort, ListProductsQuery, ProductSort } from './dto/list-products.query';
import { DisplayPriceView, ProductCardView, ProductListPage, ProductView } from './dto/product.view';
import { cardFromRow, ProductRow, viewFromRow } from './product-view.mapper';
import type { Locale } from '../auth/user-role';

function displayPrice(priceMinor: number, quote: RateQuote | undefined): DisplayPriceView | undefined {
  return quote
    ? { amountMinor: ExchangeRatesService.fromMad(priceMinor, quote), currency: quote.currency, madPerUnit: quote.madPerUnit, asOf: quote.asOf }
    : undefined;
}

@Injectable()
export class CatalogService {
  /** Straight to the pg pool: TypeORM's query() cannot name (prepare) statements. */
  private readonly run: RunQuery;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly rates: ExchangeRatesService,
    private readonly media: MediaUrls,
  ) {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    this.run = async (text, values, name) => (await pool.query(name ? { name, text, values } : { text, values })).rows;
  }

  /** A page of cards in `locale`, or of full products with `view=full`. */
  async list(query: ListProductsQuery, locale: Locale): Promise<ProductListPage> {
    if (query.view === 'full') {
      const { rows, nextCursor, quote } = await this.page(query, 'full');
      return { items: rows.map((row) => this.view(row as ProductRow & CatalogRow, quote)), nextCursor };
    }
    return this.cards(query, locale);
  }

  /** A page of listing cards, titles in `locale` (English where a product has none in it). */
  async cards(query: ListProductsQuery, locale: Locale): Promise<{ items: ProductCardView[]; nextCursor: string | null }> {
    const { rows, nextCursor, quote } = await this.page(query, 'card');
    return { items: rows.map((row) => cardFromRow(row, locale, this.media, displayPrice(row.price_minor, quote))), nextCursor };
  }

  private async page(query: ListProductsQuery, view: CatalogView): Promise<{ rows: CatalogRow[]; nextCursor: string | null; quote?: RateQuote }> {
    const sort: ProductSort = query.sort ?? defaultSort(query.q);
    const quote = query.currency ? await this.rates.quote(query.currency) : undefined;
    // Price filters are read in the display currency and converted to MAD once.
    const toMad = (amount: number | undefined): number | undefined =>
      amount === undefined || !quote ? amount : ExchangeRatesService.toMad(amount, quote);
    const page = await catalogPage({
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
    }, this.run);
    return { ...page, quote };
  }

  /** The public product page; undefined when buyers may not see it. */
  async findVisible(id: string, currency?: string): Promise<ProductView | undefined> {
    const quote = currency ? await this.rates.quote(currency) : undefined;
    const row = await productPage(id, this.run);
    return row ? this.view(row, quote) : undefined;
  }

  /** The public pages of these products that buyers may see, by id. */
  async findVisibleMany(ids: string[], currency?: string): Promise<Map<string, ProductView>> {
    const quote = currency ? await this.rates.quote(currency) : undefined;
    const rows = ids.length > 0 ? await productPages(ids, this.run) : [];
    return new Map(rows.map((row) => [row.id, this.view(row, quote)]));
  }

  private view(row: ProductRow & CatalogRow, quote: RateQuote | undefined): ProductView {
    const { published_key: _key, ...plain } = row;
    return viewFromRow(plain, this.media, { displayPrice: displayPrice(row.price_minor, quote), readyOnly: true });
  }
}
