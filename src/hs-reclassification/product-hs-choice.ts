import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user';
import { HsEdition } from '../hs-codes/hs-edition';
import { Product } from '../products/product';

/**
 * The code a cooperative picked for one of its products in a newer edition, when the product's code
 * disappears or splits there. It becomes the product's code once that edition is in force.
 */
@Entity('product_hs_choices')
@Check('ck_product_hs_choices_code', `hs_code ~ '^[0-9]{6,10}$'`)
export class ProductHsChoice {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  @Column({ type: 'varchar', length: 10 })
  hsCode: string;

  @Column({ type: 'uuid' })
  chosenBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  chosenAt: Date;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_product_hs_choices_product' })
  product?: Product;

  @ManyToOne(() => HsEdition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition', foreignKeyConstraintName: 'fk_product_hs_choices_edition' })
  hsEdition?: HsEdition;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chosen_by', foreignKeyConstraintName: 'fk_product_hs_choices_user' })
  chooser?: User;
}
