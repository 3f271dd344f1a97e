import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { MembershipView } from '../auth/dto/user-view';
import { MeService } from '../auth/me.service';
import { DomainError } from '../common/errors/domain-error';
import { toDecimalString } from '../common/money';
import { flattenValidationErrors } from '../common/http/validation.pipe';
import { HsSuggestion } from '../hs-codes/hs-suggester';
import { CooperativeOrderPage } from '../orders/dto/order.view';
import { ListCooperativeOrdersQuery } from '../orders/dto/list-cooperative-orders.query';
import { ShipDto } from '../orders/dto/ship.dto';
import { FulfilmentService } from '../orders/fulfilment.service';
import { PayoutStatementView } from '../payouts/dto/payout-statement.view';
import { LedgerService } from '../payouts/ledger.service';
import { payoutStatementCsv } from '../payouts/payout-statement.csv';
import { HsSuggestService } from '../hs-codes/hs-suggest.service';
import { CreateProductDto } from '../products/dto/create-product.dto';
import { ProductView } from '../products/dto/product.view';
import { ProductsService } from '../products/products.service';
import { ProductImagesService } from '../products/product-images.service';
import { CooperativeImagesService } from '../cooperatives/cooperative-images.service';
import { majorToMinor } from './price-input';

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

export type SaveOutcome = { kind: 'invalid'; fieldErrors: Record<string, string> } | { kind: 'saved'; product: ProductView };

const FIELD_OF: Record<string, string> = {
  'title.en': 'titleEn',
  'title.fr': 'titleFr',
  'title.ar': 'titleAr',
  'description.en': 'descriptionEn',
  'description.fr': 'descriptionFr',
  'description.ar': 'descriptionAr',
  branch: 'branch',
  hsCode: 'hsCode',
  priceMinor: 'price',
  stock: 'stock',
  weightGrams: 'weightGrams',
  materials: 'materials',
  madeBy: 'madeBy',
};

const list = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const whole = (text: string): number | string => (/^\d{1,9}$/.test(text) ? Number(text) : text);

/** Artisan pages over ProductsService and the HS suggester, in-process. */
@Injectable()
export class ArtisanPagesService {
  constructor(
    private readonly me: MeService,
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

  async membership(user: AuthUser, cooperativeId: string): Promise<MembershipView> {
    const found = (await this.memberships(user)).find((m) => m.cooperativeId === cooperativeId);
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

  /** Creates a draft; a code typed by hand wins over a suggestion picked in the list. */
  create(user: AuthUser, cooperativeId: string, fields: ProductFields): Promise<SaveOutcome> {
    return this.save(fields, (dto) => this.products.create(cooperativeId, user, dto));
  }

  /**
   * Saves the edit form over every field (ProductsService sends a published product back to review
   * if customs fields change); stock moves by what the artisan changed in the form.
   */
  update(user: AuthUser, productId: string, fields: ProductFields): Promise<SaveOutcome> {
    const loaded = whole(fields.stockLoaded);
    if (typeof loaded !== 'number')
      return Promise.resolve({ kind: 'invalid', fieldErrors: { form: 'The form is out of date; reload it' } });
    return this.save(fields, ({ stock, ...dto }) => {
      const stockDelta = stock - loaded;
      return this.products.update(productId, user, stockDelta === 0 ? dto : { ...dto, stockDelta });
    });
  }

  /** A product the artisan may edit, with the form filled from it. */
  async editable(user: AuthUser, productId: string): Promise<{ product: ProductView; fields: ProductFields }> {
    const product = await this.products.get(productId, user);
    if (user.role !== 'admin' && !(await this.me.describe(user.id)).memberships?.some((m) => m.cooperativeId === product.cooperativeId)) {
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

  private async save(fields: ProductFields, persist: (dto: CreateProductDto) => Promise<ProductView>): Promise<SaveOutcome> {
    const optional = (text: string): string | undefined => text || undefined;
    const dto = plainToInstance(CreateProductDto, {
      title: { en: fields.titleEn, fr: optional(fields.titleFr), ar: optional(fields.titleAr) },
      description:
        fields.descriptionEn || fields.descriptionFr || fields.descriptionAr
          ? { en: optional(fields.descriptionEn), fr: optional(fields.descriptionFr), ar: optional(fields.descriptionAr) }
          : undefined,
      branch: fields.branch,
      hsCode: fields.hsCodeOther || fields.hsCode,
      priceMinor: majorToMinor(fields.price, 'MAD') ?? fields.price,
      currency: 'MAD',
      stock: whole(fields.stock),
      weightGrams: whole(fields.weightGrams),
      materials: list(fields.materials, /,/),
      madeBy: optional(fields.madeBy),
    });
    const problems = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
    if (problems.length > 0) {
      const fieldErrors: Record<string, string> = {};
      for (const problem of problems) fieldErrors[FIELD_OF[problem.field.replace(/\[\d+\]$/, '')] ?? 'form'] = problem.errors[0];
      return { kind: 'invalid', fieldErrors };
    }
    try {
      return { kind: 'saved', product: await persist(dto) };
    } catch (error) {
      if (
        error instanceof DomainError &&
        ['INVALID_HS_CODE', 'SKU_TAKEN', 'VALIDATION_FAILED', 'INVALID_STATE', 'OUT_OF_STOCK'].includes(error.code)
      ) {
        const field = { INVALID_HS_CODE: 'hsCode', OUT_OF_STOCK: 'stock' }[error.code as string] ?? 'form';
        return { kind: 'invalid', fieldErrors: { [field]: error.message } };
      }
      throw error;
    }
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
