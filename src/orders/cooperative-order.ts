import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { bigintNumber } from '../common/database/bigint-number.transformer';
import { Cooperative } from '../cooperatives/cooperative';
import { Order } from './order';
import type { CooperativeOrderStatus } from './order-state';

/** One cooperative's part of an order: what it ships and is paid for. */
@Entity('cooperative_orders')
@Index('uq_cooperative_orders_order_cooperative', ['orderId', 'cooperativeId'], { unique: true })
@Index('ix_cooperative_orders_cooperative_created', ['cooperativeId', 'createdAt'])
export class CooperativeOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => Order, (order) => order.cooperativeOrders, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_cooperative_orders_order' })
  order?: Relation<Order>;

  @Column({ type: 'uuid' })
  cooperativeId: string;

  @ManyToOne(() => Cooperative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'fk_cooperative_orders_cooperative' })
  cooperative?: Relation<Cooperative>;

  @Column({ type: 'varchar', length: 20 })
  status: CooperativeOrderStatus;

  @Column({ type: 'bigint', transformer: bigintNumber })
  subtotalMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  shippingMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  subtotalMadMinor: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  shippingMadMinor: number;

  @Column({ type: 'integer' })
  weightGrams: number;

  @Column({ type: 'varchar', length: 60, nullable: true })
  carrier: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  trackingNumber: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
