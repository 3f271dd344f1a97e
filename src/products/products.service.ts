import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';
import { MediaUrls } from '../media/media-urls';
import { CooperativeAccess } from '../cooperatives/cooperative-access.service';
import { HsCodesService } from '../hs-codes/hs-codes.service';
import { NotificationsService } from '../notifications/notifications.service';
import { CatalogService } from './catalog.service';
import { CreateProductDto } from './dto/create-product.dto';
import { ProductView } from './dto/product.view';
import { UpdateProductDto } from './dto/update-product.dto';
import { Product } from './product';
import { changesCustomsFields, completenessProblems, nextProductStatus, ProductAction } from './product-rules';
import type { ProductStatus } from './product-status';
import { viewFromEntity } from './product-view.mapper';

const isSkuConflict = (error: unknown): boolean => isUniqueViolation(error, 'uq_products_cooperative_sku');

@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CooperativeAccess,
    private readonly hsCodes: HsCodesService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly media: MediaUrls,
  ) {}

  async create(cooperativeId: string, user: AuthUser, dto: CreateProductDto): Promise<ProductView> {
    await this.access.assertCanRead(cooperativeId, user, 'member');
    await this.hsCodes.assertValidProductCode(dto.hsCode);
    const repo = this.dataSource.getRepository(Product);
    try {
      const saved = await repo.save(
        repo.create({
          cooperativeId,
          title: { ...dto.title },
          description: { ...(dto.description ?? {}) },
          branch: dto.branch,
          hsCode: dto.hsCode,
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
      return viewFromEntity(saved, this.media);
    } catch (error) {
      if (isSkuConflict(error)) throw new DomainError('SKU_TAKEN', 'This cooperative already has a product with this SKU');
      throw error;
    }
  }

  /** Members see every status of their cooperative's products, admins all; others the public page. */
  async get(id: string, user: AuthUser | undefined, currency?: string): Promise<ProductView> {
    const visible = await this.catalog.findVisible(id, currency);
    if (visible) return visible;
    const product = await this.dataSource.getRepository(Product).findOne({ where: { id } });
    if (product && user && (await this.canManage(this.dataSource.manager, product, user))) return viewFromEntity(product, this.media);
    throw new DomainError('NOT_FOUND', 'Product not found');
  }

  async listForCooperative(cooperativeId: string, user: AuthUser, status?: ProductStatus): Promise<ProductView[]> {
    await this.access.assertCanRead(cooperativeId, user, 'member');
    const rows = await this.dataSource.getRepository(Product).find({
      where: { cooperativeId, ...(status ? { status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
    return rows.map((row) => viewFromEntity(row, this.media));
  }

  async listForModeration(status: ProductStatus, limit: number): Promise<ProductView[]> {
    const rows = await this.dataSource.getRepository(Product).find({ where: { status }, order: { updatedAt: 'ASC', id: 'ASC' }, take: limit });
    return rows.map((row) => viewFromEntity(row, this.media));
  }

  async update(id: string, user: AuthUser, dto: UpdateProductDto): Promise<ProductView> {
    if (dto.hsCode !== undefined) await this.hsCodes.assertValidProductCode(dto.hsCode);
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const product = await this.lockManaged(manager, id, user);
        if (product.status === 'archived') throw new DomainError('INVALID_STATE', 'An archived product cannot be edited');
        const before = viewFromEntity(product, this.media);
        const backToReview = product.status === 'published' && changesCustomsFields(before as unknown as Record<string, unknown>, dto as Record<string, unknown>);
        const { title, description, dimensionsCm, ...plain } = dto;
        Object.assign(product, plain);
        if (title) product.title = { ...title };
        if (description) product.description = { ...description };
        if (dimensionsCm) product.dimensionsCm = { ...dimensionsCm };
        // A customs officer relies on these fields: a published product goes back to review.
        if (backToReview) product.status = 'pending_review';
        const updated = await manager.save(product);
        if (user.role === 'admin' || backToReview) {
          await this.audit.record(manager, user, {
            action: backToReview ? 'product.customs_change' : 'product.update',
            targetType: 'product',
            targetId: id,
            before,
            after: viewFromEntity(updated, this.media),
          });
        }
        return updated;
      });
      return viewFromEntity(saved, this.media);
    } catch (error) {
      if (isSkuConflict(error)) throw new DomainError('SKU_TAKEN', 'This cooperative already has a product with this SKU');
      throw error;
    }
  }

  /** Members submit and archive; admins approve and reject. The row is locked while deciding. */
  async transition(id: string, user: AuthUser, action: ProductAction, reason?: string): Promise<ProductView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const product = await this.lockManaged(manager, id, user);
      const result = nextProductStatus(product.status, action);
      if (!result.ok) throw new DomainError('INVALID_STATE', result.message, { status: product.status, action });
      if (action === 'submit') {
        const missing = completenessProblems(product);
        if (missing.length > 0) {
          throw new DomainError('UNPROCESSABLE', `The product is incomplete: it needs ${missing.join(', ')}`, { missing });
        }
        await this.hsCodes.assertValidProductCode(product.hsCode!, manager);
      }
      const before = { status: product.status, statusReason: product.statusReason };
      product.status = result.status;
      product.statusReason = action === 'reject' ? reason!.trim() : null;
      if (action === 'approve') product.publishedAt = new Date();
      const updated = await manager.save(product);
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
    return viewFromEntity(saved, this.media);
  }

  private async lockManaged(manager: EntityManager, id: string, user: AuthUser): Promise<Product> {
    const product = await manager.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw new DomainError('NOT_FOUND', 'Product not found');
    if (!(await this.canManage(manager, product, user))) {
      throw new DomainError('FORBIDDEN', 'Only members of its cooperative or admins can change this product');
    }
    return product;
  }

  private async canManage(manager: EntityManager, product: Product, user: AuthUser): Promise<boolean> {
    if (user.role === 'admin') return true;
    return (await this.access.roleOf(manager, product.cooperativeId, user.id)) !== null;
  }
}
