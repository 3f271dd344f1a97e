import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { Product } from '../products/product';
import { CooperativeOrder } from './cooperative-order';
import { Order } from './order';
import { PRODUCT_TITLE_MAX_LENGTH } from '../products/product-rules';

/** A line as sold: title, HS code, origin, weight and prices are copied, so later edits change nothing. */
@Entity('order_lines')
@Index('ix_order_lines_order', ['orderId'])
@Index('ix_order_lines_cooperative_order', ['cooperativeOrderId'])
@Index('ix_order_lines_product', ['productId'])
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_lines_order' })
  order?: Relation<Order>;

  @Column({ type: 'uuid' })
  cooperativeOrderId: string;

  @ManyToOne(() => CooperativeOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_order_id', foreignKeyConstraintName: 'fk_order_lines_cooperative_order' })
  cooperativeOrder?: Relation<CooperativeOrder>;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_order_lines_product' })
  product?: Relation<Product>;

  @Column({ type: 'uuid' })
  cooperativeId: string;

  @Column({ type: 'varchar', length: PRODUCT_TITLE_MAX_LENGTH })
  title: string;

  @Column({ type: 'varchar', length: 10 })
  hsCode: string;

  /** The HS edition `hsCode` belongs to: the one in force, or the product's own when its code is not in it. */
  @Column({ type: 'smallint' })
  hsEdition: number;

  @Column({ type: 'char', length: 2, default: 'MA' })
  originCountry: string;

  @Column({ type: 'varchar', length: 20 })
  branch: string;

  @Column({ type: 'integer' })
  unitWeightGrams: number;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  unitPriceMadMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  unitPriceMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  lineTotalMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  lineTotalMadMinor: number;
}
