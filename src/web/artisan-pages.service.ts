import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { AuthUser } from '../auth/auth-user';
import { MembershipView } from '../auth/dto/user-view';
import { MeService } from '../auth/me.service';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { toDecimalString } from '../common/money';
import { HsSuggestion } from '../hs-codes/hs-suggester';
import { CooperativeOrderPage } from '../orders/dto/order.view';
import { ListCooperativeOrdersQuery } from '../orders/dto/list-cooperative-orders.query';
import { ShipDto } from '../orders/dto/ship.dto';
import { FulfilmentService } from '../orders/fulfilment.service';
import { PayoutStatementView } from '../payouts/dto/payout-statement.view';
import { LedgerService } from '../payouts/ledger.service';
import { payoutStatementCsv } from '../payouts/payout-statement.csv';
import { HsSuggestService } from '../hs-codes/hs-suggest.service';
import { ProductView } from '../products/dto/product.view';
import { ProductsService } from '../products/products.service';
import { ProductImagesService } from '../products/product-images.service';
import { AccessService } from '../cooperatives/access.service';
import { CooperativeImagesService } from '../cooperatives/cooperative-images.service';
import { ProductEditForm, ProductForm, productDto } from './page-forms';

/**
 * The product form's fields, as posted (prices in dirhams, lists comma- or line-separated). `stock`
 * is the stock on hand; on edit, `stockLoaded` is what the form showed, so only the difference the
 * artisan typed is applied and reservations made meanwhile are kept.
 */
export const PRODUCT_FIELDS = [
  'titleEn',
  'titleFr',
  'titleAr',
  'descriptionEn',
  'descriptionFr',
  'descriptionAr',
  'branch',
  'hsCode',
  'hsCodeOther',
  'price',
  'stock',
  'stockLoaded',
  'weightGrams',
  'materials',
  'madeBy',
] as const;
export type ProductFields = Record<(typeof PRODUCT_FIELDS)[number], string>;

export interface CooperativeProducts {
  membership: MembershipView;
  products: ProductView[];
}

const list = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Artisan pages over ProductsService and the HS suggester, in-process. */
@Injectable()
export class ArtisanPagesService {
  constructor(
    private readonly me: MeService,
    private readonly access: AccessService,
    private readonly transactions: Transactions,
    private readonly products: ProductsService,
    private readonly suggester: HsSuggestService,
    private readonly fulfilment: FulfilmentService,
    private readonly ledger: LedgerService,
    /** Photos of products, for the edit page. */
    readonly photos: ProductImagesService,
    /** Logos and covers, for the dashboard. */
    readonly pictures: CooperativeImagesService,
  ) {}

  async memberships(user: AuthUser): Promise<MembershipView[]> {
    return (await this.me.describe(user.id)).memberships ?? [];
  }

  async cooperatives(user: AuthUser): Promise<CooperativeProducts[]> {
    const memberships = await this.memberships(user);
    return Promise.all(
      memberships.map(async (membership) => ({
        membership,
        products: await this.products.listForCooperative(membership.cooperativeId, user),
      })),
    );
  }

  /**
   * The artisan's membership of a cooperative, for its pages; one the artisan may not act for is
   * "not found" (404), like an unknown one.
   */
  async membership(user: AuthUser, cooperativeId: string): Promise<MembershipView> {
    const member = await this.access.isCooperativeMember(this.transactions.manager, user, cooperativeId);
    const found = member ? (await this.memberships(user)).find((m) => m.cooperativeId === cooperativeId) : undefined;
    if (!found) throw new DomainError('NOT_FOUND', 'Cooperative not found');
    return found;
  }

  suggestions(fields: Pick<ProductFields, 'titleEn' | 'descriptionEn' | 'materials'>): HsSuggestion[] {
    if (fields.titleEn.trim().length < 3) return [];
    return this.suggester.suggest({
      title: fields.titleEn,
      description: fields.descriptionEn || undefined,
      materials: list(fields.materials, /,/),
    });
  }

  readFields(body: Record<string, unknown>): ProductFields {
    return Object.fromEntries(
      PRODUCT_FIELDS.map((name) => [name, typeof body[name] === 'string' ? (body[name] as string).trim() : '']),
    ) as ProductFields;
  }

  /** Creates a draft from the form (validated as the API's CreateProductDto). */
  create(user: AuthUser, cooperativeId: string, form: ProductForm): Promise<ProductView> {
    return this.products.create(cooperativeId, user, productDto(form));
  }

  /**
   * Saves the edit form over every field (ProductsService sends a published product back to review
   * if customs fields change); stock moves by what the artisan changed in the form.
   */
  update(user: AuthUser, productId: string, form: ProductEditForm): Promise<ProductView> {
    const { stock, ...dto } = productDto(form);
    const stockDelta = stock - form.stockLoaded;
    return this.products.update(productId, user, stockDelta === 0 ? dto : { ...dto, stockDelta });
  }

  /** A product the artisan may edit, with the form filled from it. */
  async editable(user: AuthUser, productId: string): Promise<{ product: ProductView; fields: ProductFields }> {
    const product = await this.products.get(productId, user);
    // Someone else's product reads as missing, so its id reveals nothing.
    if (!(await this.access.isCooperativeMember(this.transactions.manager, user, product.cooperativeId))) {
      throw new DomainError('NOT_FOUND', 'Product not found');
    }
    const fields = this.readFields({
      titleEn: product.title.en,
      titleFr: product.title.fr ?? '',
      titleAr: product.title.ar ?? '',
      descriptionEn: product.description.en ?? '',
      descriptionFr: product.description.fr ?? '',
      descriptionAr: product.description.ar ?? '',
      branch: product.branch,
      hsCode: product.hsCode ?? '',
      price: toDecimalString(product.priceMinor, 'MAD'),
      stock: String(product.stockOnHand ?? product.stock),
      stockLoaded: String(product.stockOnHand ?? product.stock),
      weightGrams: String(product.weightGrams),
      materials: product.materials.join(', '),
      madeBy: product.madeBy ?? '',
    });
    // A code the suggester would not offer for this title stays visible in the "type a code" field.
    if (!this.suggestions(fields).some((s) => s.code === fields.hsCode)) fields.hsCodeOther = fields.hsCode;
    return { product, fields };
  }

  orders(user: AuthUser, cooperativeId: string, cursor: string | undefined): Promise<CooperativeOrderPage> {
    return this.fulfilment.list(cooperativeId, user, plainToInstance(ListCooperativeOrdersQuery, { limit: 50, cursor }));
  }

  /** The payout balance and latest ledger entries; callers check membership first. */
  payouts(cooperativeId: string): Promise<PayoutStatementView> {
    return this.ledger.statement(cooperativeId, { limit: 20 });
  }

  /** The whole statement of a period (the page's `from` and `to` fields, optional) as CSV. */
  async payoutStatementCsv(cooperativeId: string, period: { from?: string; to?: string }): Promise<{ fileName: string; body: string }> {
    return payoutStatementCsv(await this.ledger.statement(cooperativeId, { limit: null, from: period.from, to: period.to }));
  }

  /** Records the shipment of a cooperative's part of an order; the carrier and tracking number are required. */
  async ship(user: AuthUser, cooperativeOrderId: string, dto: ShipDto): Promise<void> {
    await this.fulfilment.ship(cooperativeOrderId, user, dto);
  }

  async deliver(user: AuthUser, cooperativeOrderId: string): Promise<void> {
    await this.fulfilment.deliver(cooperativeOrderId, user);
  }

  /**
   * Sets the stock a product has on hand (a whole number), by the difference from `shown`, the
   * stock on hand the page showed; other fields keep their values.
   */
  async setStock(user: AuthUser, productId: string, onHand: number, shown: number): Promise<ProductView> {
    if (onHand === shown) return this.products.get(productId, user);
    return this.products.update(productId, user, { stockDelta: onHand - shown });
  }

  submit(user: AuthUser, productId: string): Promise<ProductView> {
    return this.products.transition(productId, user, 'submit');
  }
}
