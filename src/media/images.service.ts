import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { ImageJobsService } from './image-jobs.service';
import type { ImageOwner } from './image-owner';
import { ImageFiles, ImageRepository } from './image.repository';
import { imageLimits, inspectImage } from './image-processor';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';
import type { StoredImage } from './stored-image';
import type { UploadedImage } from './uploaded-image';

/** Photos one request may add to a product. */
export const MAX_FILES_PER_UPLOAD = 10;
/** Photos a product may have. */
export const MAX_PRODUCT_IMAGES = 20;

/** Checks the caller may change the owner's images; runs again inside the transaction, under the owner's lock. */
export type OwnerAccess = (manager: EntityManager) => Promise<void>;

const keysOf = (files: ImageFiles): string[] => [...(files.sourceKey ? [files.sourceKey] : []), ...files.variants.map((v) => v.key)];

/** Adding, removing, ordering and describing images; callers (products, cooperatives) check who may. */
@Injectable()
export class ImagesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly images: ImageRepository,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: ImageJobsService,
  ) {}

  /**
   * Checks every file first (nothing is stored if one is refused), stores the originals, then
   * records them as `processing` under the owner's lock; the job makes them ready. A logo or cover
   * replaces the previous one.
   */
  async add(owner: ImageOwner, files: UploadedImage[], access: OwnerAccess): Promise<StoredImage[]> {
    if (files.length === 0) {
      const field = owner.role === 'product' ? 'files' : 'file';
      throw new DomainError(
        'VALIDATION_FAILED',
        `Send ${field === 'files' ? 'at least one image file' : 'an image file'} in the field \`${field}\``,
        [{ field, errors: ['required'] }],
      );
    }
    if (owner.role !== 'product' && files.length > 1)
      throw new DomainError('VALIDATION_FAILED', 'Send one image file', [{ field: 'file', errors: ['one file'] }]);
    await access(this.transactions.manager);
    const limits = imageLimits(this.config.media);
    for (const file of files) await inspectImage(file.originalname, file.path, file.size, limits);

    const ids = files.map(() => randomUUID());
    const sources = ids.map((id) => `incoming/${id}`);
    // Stored before the transaction: no network call while the owner row is locked.
    await Promise.all(files.map((file, i) => this.storage.putFile(sources[i], file.path, 'application/octet-stream')));
    let added: { replaced: string[]; images: StoredImage[] };
    try {
      added = await this.transactions.run(async (tx) => {
        await this.images.lockOwner(tx, owner);
        await access(tx);
        const replaced = owner.role === 'product' ? [] : (await this.images.deleteRole(tx, owner)).flatMap(keysOf);
        const first = owner.role === 'product' ? await this.nextPosition(tx, owner, files.length) : 0;
        await this.images.insertUploads(tx, owner, first, ids, sources);
        await this.images.refreshOwner(tx, owner);
        // Read as committed: a worker on any instance may process them the moment the commit lands.
        return { replaced, images: await this.images.findIn(tx, ids) };
      });
    } catch (error) {
      await this.storage.delete(sources);
      throw error;
    }
    await this.storage.delete(added.replaced);
    this.jobs.kick();
    return added.images;
  }

  async remove(owner: ImageOwner, imageId: string, access: OwnerAccess): Promise<void> {
    const keys = await this.transactions.run(async (tx) => {
      await this.images.lockOwner(tx, owner);
      await access(tx);
      const deleted = await this.images.delete(tx, owner, imageId);
      if (!deleted) throw new DomainError('NOT_FOUND', 'Image not found');
      await this.images.refreshOwner(tx, owner);
      return keysOf(deleted);
    });
    // After the commit: a failed delete leaves an orphan file, never a row pointing at nothing.
    await this.storage.delete(keys);
  }

  /** Puts a product's images in the given order; the list must name each of them once. */
  async reorder(owner: ImageOwner, imageIds: string[], access: OwnerAccess): Promise<StoredImage[]> {
    await this.transactions.run(async (tx) => {
      await this.images.lockOwner(tx, owner);
      await access(tx);
      const current = (await this.images.idsOfProduct(tx, owner.productId!)).sort();
      if (new Set(imageIds).size !== imageIds.length || JSON.stringify([...imageIds].sort()) !== JSON.stringify(current)) {
        throw new DomainError('VALIDATION_FAILED', "imageIds must list each of the product's images exactly once", [
          { field: 'imageIds', errors: ['each image exactly once'] },
        ]);
      }
      await this.images.reorder(tx, imageIds);
      await this.images.refreshOwner(tx, owner);
    });
    return this.ofOwner(owner);
  }

  async describe(owner: ImageOwner, imageId: string, alt: Partial<LocalizedText>, access: OwnerAccess): Promise<StoredImage> {
    await this.transactions.run(async (tx) => {
      await this.images.lockOwner(tx, owner);
      await access(tx);
      if (!(await this.images.setAlt(tx, owner, imageId, alt))) throw new DomainError('NOT_FOUND', 'Image not found');
      await this.images.refreshOwner(tx, owner);
    });
    return (await this.images.find([imageId]))[0];
  }

  /** The owner's images in order, as its row keeps them. */
  ofOwner(owner: ImageOwner): Promise<StoredImage[]> {
    return this.images.ofOwner(owner);
  }

  private async nextPosition(tx: EntityManager, owner: ImageOwner, adding: number): Promise<number> {
    const { count, nextPosition } = await this.images.countOfProduct(tx, owner.productId!);
    if (count + adding > MAX_PRODUCT_IMAGES) {
      throw new DomainError('UNPROCESSABLE', `A product has at most ${MAX_PRODUCT_IMAGES} photos; it has ${count}`);
    }
    return nextPosition;
  }
}
