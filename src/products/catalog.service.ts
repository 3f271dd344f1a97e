import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MediaUrls } from '../media/media-urls';
import { ExchangeRatesService, RateQuote } from '../exchange-rates/exchange-rates.service';
import { CatalogRow, catalogPage, productPage, RunQuery } from './catalog-query';
import { defaultSort, ListProductsQuery, ProductSort } from './dto/list-products.query';
import { ProductPage, ProductView } from './dto/product.view';
import { ProductRow, viewFromRow } from './product-view.mapper';

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

  async list(query: ListProductsQuery): Promise<ProductPage> {
    const sort: ProductSort = query.sort ?? defaultSort(query.q);
    const quote = query.currency ? await this.rates.quote(query.currency) : undefined;
    // Price filters are read in the display currency and converted to MAD once.
    const toMad = (amount: number | undefined): number | undefined =>
      amount === undefined || !quote ? amount : ExchangeRatesService.toMad(amount, quote);
    const { rows, nextCursor } = await catalogPage({
      q: query.q,
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
    return { items: rows.map((row) => this.view(row, quote)), nextCursor };
  }

  /** The public product page; undefined when buyers may not see it. */
  async findVisible(id: string, currency?: string): Promise<ProductView | undefined> {
    const quote = currency ? await this.rates.quote(currency) : undefined;
    const row = await productPage(id, this.run);
    return row ? this.view(row, quote) : undefined;
  }

  private view(row: ProductRow, quote: RateQuote | undefined): ProductView {
    const { published_key: _key, ...plain } = row as CatalogRow;
    const displayPrice = quote
      ? { amountMinor: ExchangeRatesService.fromMad(row.price_minor, quote), currency: quote.currency, madPerUnit: quote.madPerUnit, asOf: quote.asOf }
      : undefined;
    return viewFromRow(plain, this.media, { displayPrice, readyOnly: true });
  }
}
