import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CatalogFilter, catalogPage, CatalogRows, productPage, productPages, RunQuery } from './catalog-query';
import type { CatalogView } from './dto/list-products.query';
import { Product, PublicProduct } from './product';
import type { ProductStatus } from './product-status';

/** The products aggregate: the public catalog's hand-tuned SQL and the cooperatives' own product rows. */
@Injectable()
export class ProductRepository {
  /** Straight to the pg pool: TypeORM's query() cannot name (prepare) statements. */
  private readonly run: RunQuery;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    this.run = async <T>(text: string, values: unknown[], name?: string): Promise<T[]> =>
      (await pool.query(name ? { name, text, values } : { text, values })).rows as T[];
  }

  /** One page of the public catalog, in `filter.view`'s row shape. */
  catalogPage<V extends CatalogView>(filter: CatalogFilter<V>): Promise<{ rows: CatalogRows[V][]; nextCursor: string | null }> {
    return catalogPage(filter, this.run);
  }

  /** The public page of a product buyers may see. */
  publicProduct(id: string): Promise<PublicProduct | undefined> {
    return productPage(id, this.run);
  }

  /** The public pages of those of these products buyers may see, in no particular order. */
  publicProducts(ids: string[]): Promise<PublicProduct[]> {
    return ids.length > 0 ? productPages(ids, this.run) : Promise.resolve([]);
  }

  findById(id: string): Promise<Product | null> {
    return this.dataSource.manager.findOne(Product, { where: { id } });
  }

  /** Locks the product row for the rest of the transaction. */
  findForUpdate(tx: EntityManager, id: string): Promise<Product | null> {
    return tx.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Who owns a product and whether it can still change, without reading the rest of the row. */
  async ownerOf(id: string): Promise<Pick<Product, 'cooperativeId' | 'status'> | undefined> {
    const [row] = await this.dataSource.manager.query<Pick<Product, 'cooperativeId' | 'status'>[]>(
      'SELECT cooperative_id AS "cooperativeId", status FROM products WHERE id = $1',
      [id],
    );
    return row;
  }

  /** The newest-changed products of a cooperative, in any status or one, at most 500. */
  listForCooperative(cooperativeId: string, status?: ProductStatus): Promise<Product[]> {
    return this.dataSource.manager.find(Product, {
      where: { cooperativeId, ...(status ? { status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
  }

  /** Products in `status`, longest unchanged first. */
  listByStatus(status: ProductStatus, limit: number): Promise<Product[]> {
    return this.dataSource.manager.find(Product, { where: { status }, order: { updatedAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /** Inserts a new product, or saves an edited one (its version bumped). */
  save(tx: EntityManager, product: Product): Promise<Product> {
    return tx.save(product);
  }

  /** Units of each of these products that unpaid orders hold (products none hold are absent). */
  async reservedUnits(tx: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const rows = await tx.query<{ productId: string; reserved: number }[]>(
      `SELECT l.product_id AS "productId", sum(l.quantity)::int AS reserved
         FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE l.product_id = ANY($1::uuid[]) AND o.status = 'pending_payment'
        GROUP BY l.product_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.productId, r.reserved]));
  }
}
