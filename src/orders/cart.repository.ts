import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Cooperative } from '../cooperatives/cooperative';
import type { Product } from '../products/product';

/** A product in a cart, with what pricing it and checking it is for sale need. */
export type CartProduct = Pick<Product, 'id' | 'cooperativeId' | 'hsCode' | 'priceMinor' | 'weightGrams' | 'status'> & {
  cooperativeStatus: Cooperative['status'];
};

/** Reads of carts, which are not stored: the products they hold, as an order would price them. */
@Injectable()
export class CartRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  products(ids: string[], tx: EntityManager = this.dataSource.manager): Promise<CartProduct[]> {
    return tx.query<CartProduct[]>(
      `SELECT p.id, p.cooperative_id AS "cooperativeId", p.hs_code AS "hsCode", p.price_minor::int AS "priceMinor",
              p.weight_grams AS "weightGrams", p.status, c.status AS "cooperativeStatus"
         FROM products p JOIN cooperatives c ON c.id = p.cooperative_id
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
