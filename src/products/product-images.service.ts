import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import type { LocalizedText } from '../cooperatives/cooperative';
import { AccessService } from '../cooperatives/access.service';
import { ImageView } from '../media/dto/image.view';
import type { ImageOwner } from '../media/image-owner';
import { ImagesService, OwnerAccess } from '../media/images.service';
import { MediaUrls } from '../media/media-urls';
import type { UploadedImage } from '../media/uploaded-image';
import { ProductRepository } from './product.repository';

/** A product's photos, changed by members of its cooperative (and admins). */
@Injectable()
export class ProductImagesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly products: ProductRepository,
    private readonly access: AccessService,
    private readonly images: ImagesService,
    private readonly urls: MediaUrls,
  ) {}

  async add(productId: string, user: AuthUser, files: UploadedImage[]): Promise<ImageView[]> {
    const [owner, access] = await this.ownerFor(productId, user);
    return (await this.images.add(owner, files, access)).map((image) => this.urls.image(image));
  }

  async remove(productId: string, imageId: string, user: AuthUser): Promise<void> {
    const [owner, access] = await this.ownerFor(productId, user);
    await this.images.remove(owner, imageId, access);
  }

  async reorder(productId: string, imageIds: string[], user: AuthUser): Promise<ImageView[]> {
    const [owner, access] = await this.ownerFor(productId, user);
    return (await this.images.reorder(owner, imageIds, access)).map((image) => this.urls.image(image));
  }

  async describe(productId: string, imageId: string, alt: Partial<LocalizedText>, user: AuthUser): Promise<ImageView> {
    const [owner, access] = await this.ownerFor(productId, user);
    return this.urls.image(await this.images.describe(owner, imageId, alt, access));
  }

  private async ownerFor(productId: string, user: AuthUser): Promise<[ImageOwner, OwnerAccess]> {
    const product = await this.products.ownerOf(productId);
    if (!product) throw new DomainError('NOT_FOUND', 'Product not found');
    const owner: ImageOwner = { role: 'product', cooperativeId: product.cooperativeId, productId };
    const access = (manager: EntityManager): Promise<void> =>
      this.access.assertCooperativeMember(manager, user, owner.cooperativeId, 'change the photos of this product');
    await access(this.transactions.manager);
    if (product.status === 'archived') throw new DomainError('INVALID_STATE', 'An archived product cannot be edited');
    return [owner, access];
  }
}
