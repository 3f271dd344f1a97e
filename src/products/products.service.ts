import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { isUniqueViolation } from '../common/database/unique-violation';
import { assertTransition } from '../common/domain/lifecycle';
import { DomainError } from '../common/errors/domain-error';
import { MediaUrls } from '../media/media-urls';
import { AccessService } from '../cooperatives/access.service';
import { HsCodesService } from '../hs-codes/hs-codes.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CatalogService } from './catalog.service';
import { CreateProductDto } from './dto/create-product.dto';
import { managedView, ProductView, toProductView } from './dto/product.view';
import { UpdateProductDto } from './dto/update-product.dto';
import { Product } from './product';
import { changesCustomsFields, completenessProblems, PRODUCT_LIFECYCLE, ProductAction } from './product-rules';
import type { ProductStatus } from './product-status';
import { ProductRepository } from './product.repository';
import { stockAfterEdit } from './stock-edit';

const isSkuConflict = (error: unknown): boolean => isUniqueViolation(error, 'uq_products_cooperative_sku');

@Injectable()
export class ProductsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly products: ProductRepository,
    private readonly access: AccessService,
    private readonly hsCodes: HsCodesService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly media: MediaUrls,
  ) {}

  async create(cooperativeId: string, user: AuthUser, dto: CreateProductDto): Promise<ProductView> {
    await this.access.assertCanReadCooperative(user, cooperativeId);
    const hsEdition = await this.hsCodes.assertValidProductCode(dto.hsCode);
    try {
      const saved = await this.products.save(
        this.transactions.manager,
        Object.assign(new Product(), {
          cooperativeId,
          title: { ...dto.title },
          description: { ...(dto.description ?? {}) },
          branch: dto.branch,
          hsCode: dto.hsCode,
          hsEdition,
          priceMinor: dto.priceMinor,
          currency: 'MAD',
          stock: dto.stock,
          sku: dto.sku ?? null,
          weightGrams: dto.weightGrams,
          dimensionsCm: dto.dimensionsCm ? { ...dto.dimensionsCm } : null,
          materials: dto.materials,
          madeBy: dto.madeBy ?? null,
          status: 'draft',
        }),
      );
      return toProductView(saved, this.media);
    } catch (error) {
      if (isSkuConflict(error)) throw new DomainError('SKU_TAKEN', 'This cooperative already has a product with this SKU');
      throw error;
    }
  }

  /** Members see every status of their cooperative's products, admins all; others the public page. */
  async get(id: string, user: AuthUser | undefined, currency?: string): Promise<ProductView> {
    const visible = await this.catalog.findVisible(id, currency);
    const product = visible && !user ? null : await this.products.findById(id);
    if (product && user && (await this.access.isCooperativeMember(this.transactions.manager, user, product.cooperativeId))) {
      const managed = await this.withReserved(this.transactions.manager, [toProductView(product, this.media)]);
      return visible?.displayPrice ? { ...managed[0], displayPrice: visible.displayPrice } : managed[0];
    }
    if (visible) return visible;
    throw new DomainError('NOT_FOUND', 'Product not found');
  }

  async listForCooperative(cooperativeId: string, user: AuthUser, status?: ProductStatus): Promise<ProductView[]> {
    await this.access.assertCanReadCooperative(user, cooperativeId);
    const rows = await this.products.listForCooperative(cooperativeId, status);
    return this.withReserved(
      this.transactions.manager,
      rows.map((row) => toProductView(row, this.media)),
    );
  }

  async listForModeration(status: ProductStatus, limit: number): Promise<ProductView[]> {
    const rows = await this.products.listByStatus(status, limit);
    return rows.map((row) => toProductView(row, this.media));
  }

  /**
   * Edits a product. Stock moves by `stockDelta`, or is set with `stock` only at the version the
   * caller read (`expectedVersion` from If-Match, or `version` in the body): see stockAfterEdit.
   */
  async update(id: string, user: AuthUser, dto: UpdateProductDto, expectedVersion?: number): Promise<ProductView> {
    const hsEdition = dto.hsCode === undefined ? undefined : await this.hsCodes.assertValidProductCode(dto.hsCode);
    if (expectedVersion !== undefined && dto.version !== undefined && expectedVersion !== dto.version) {
      throw new DomainError('VALIDATION_FAILED', 'If-Match and version name different versions');
    }
    try {
      const saved = await this.transactions.run(async (manager) => {
        const product = await this.lockManaged(manager, id, user);
        if (product.status === 'archived') throw new DomainError('INVALID_STATE', 'An archived product cannot be edited');
        const { title, description, dimensionsCm, stock, stockDelta, version, ...plain } = dto;
        const nextStock = stockAfterEdit(product, { stock, stockDelta, expectedVersion: expectedVersion ?? version });
        const before = toProductView(product, this.media);
        const backToReview =
          product.status === 'published' &&
          changesCustomsFields(before as unknown as Record<string, unknown>, dto as Record<string, unknown>);
        Object.assign(product, plain);
        if (nextStock !== undefined) product.stock = nextStock;
        if (title) product.title = { ...title };
        if (description) product.description = { ...description };
        if (dimensionsCm) product.dimensionsCm = { ...dimensionsCm };
        if (hsEdition !== undefined) product.hsEdition = hsEdition;
        // A customs officer relies on these fields: a published product goes back to review.
        if (backToReview) product.status = assertTransition(PRODUCT_LIFECYCLE, product.status, 'customs_change');
        const updated = await this.products.save(manager, product);
        if (user.role === 'admin' || backToReview) {
          await this.audit.record(manager, user, {
            action: backToReview ? 'product.customs_change' : 'product.update',
            targetType: 'product',
            targetId: id,
            before,
            after: toProductView(updated, this.media),
          });
        }
        return (await this.withReserved(manager, [toProductView(updated, this.media)]))[0];
      });
      return saved;
    } catch (error) {
      if (isSkuConflict(error)) throw new DomainError('SKU_TAKEN', 'This cooperative already has a product with this SKU');
      throw error;
    }
  }

  /** Members submit and archive; admins approve and reject. The row is locked while deciding. */
  async transition(id: string, user: AuthUser, action: ProductAction, reason?: string): Promise<ProductView> {
    const saved = await this.transactions.run(async (manager) => {
      const product = await this.lockManaged(manager, id, user);
      const status = assertTransition(PRODUCT_LIFECYCLE, product.status, action);
      if (action === 'submit') {
        const missing = completenessProblems(product);
        if (missing.length > 0) {
          throw new DomainError('UNPROCESSABLE', `The product is incomplete: it needs ${missing.join(', ')}`, { missing });
        }
        await this.hsCodes.assertValidProductCode(product.hsCode!, manager);
      }
      const before = { status: product.status, statusReason: product.statusReason };
      product.status = status;
      product.statusReason = action === 'reject' ? reason!.trim() : null;
      if (action === 'approve') product.publishedAt = new Date();
      const updated = await this.products.save(manager, product);
      if (user.role === 'admin') {
        await this.audit.record(manager, user, {
          action: `product.${action}`,
          targetType: 'product',
          targetId: id,
          before,
          after: { status: updated.status, statusReason: updated.statusReason },
        });
      }
      await this.notifications.productDecided(manager, id, action);
      return updated;
    });
    return toProductView(saved, this.media);
  }

  /** Adds, for its cooperative's eyes, the units unpaid orders reserve and the stock on hand. */
  private async withReserved(manager: EntityManager, views: ProductView[]): Promise<ProductView[]> {
    if (views.length === 0) return views;
    const reserved = await this.products.reservedUnits(
      manager,
      views.map((v) => v.id),
    );
    return views.map((view) => managedView(view, reserved.get(view.id) ?? 0));
  }

  private async lockManaged(manager: EntityManager, id: string, user: AuthUser): Promise<Product> {
    const product = await this.products.findForUpdate(manager, id);
    if (!product) throw new DomainError('NOT_FOUND', 'Product not found');
    await this.access.assertCooperativeMember(manager, user, product.cooperativeId, 'change this product');
    return product;
  }
}
