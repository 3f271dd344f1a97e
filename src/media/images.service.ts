import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { ImageJobsService } from './image-jobs.service';
import { ImageOwner, lockImageOwner, refreshImageOwner } from './image-owner';
import { inspectImage } from './image-processor';
import { MEDIA_STORAGE, MediaStorage } from './media-storage';
import type { StoredImage } from './stored-image';
import type { UploadedImage } from './uploaded-image';

/** Photos one request may add to a product. */
export const MAX_FILES_PER_UPLOAD = 10;
/** Photos a product may have. */
export const MAX_PRODUCT_IMAGES = 20;

/** Checks the caller may change the owner's images; runs again inside the transaction, under the owner's lock. */
export type OwnerAccess = (manager: EntityManager) => Promise<void>;

const keysOf = (row: { source_key: string | null; variants: { key: string }[] }): string[] =>
  [...(row.source_key ? [row.source_key] : []), ...row.variants.map((v) => v.key)];

/** Adding, removing, ordering and describing images; callers (products, cooperatives) check who may. */
@Injectable()
export class ImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    if (files.length === 0) throw new DomainError('VALIDATION_FAILED', 'Send at least one image file in the field `files`', [{ field: 'files', errors: ['required'] }]);
    if (owner.role !== 'product' && files.length > 1) throw new DomainError('VALIDATION_FAILED', 'Send one image file', [{ field: 'file', errors: ['one file'] }]);
    await access(this.dataSource.manager);
    const limits = { maxBytes: this.config.media.maxUploadBytes, maxPixels: this.config.media.maxPixels };
    for (const file of files) await inspectImage(file.originalname, file.buffer, limits);

    const ids = files.map(() => randomUUID());
    const sources = ids.map((id) => `incoming/${id}`);
    // Stored before the transaction: no network call while the owner row is locked.
    await Promise.all(files.map((file, i) => this.storage.put(sources[i], file.buffer, 'application/octet-stream')));
    let replaced: string[] = [];
    try {
      replaced = await this.dataSource.transaction(async (manager) => {
        await lockImageOwner(manager, owner);
        await access(manager);
        const old = owner.role === 'product' ? [] : await this.removeRole(manager, owner);
        const first = owner.role === 'product' ? await this.nextPosition(manager, owner, files.length) : 0;
        await manager.query(
          `INSERT INTO images (id, cooperative_id, product_id, role, position, source_key)
           SELECT id, $1, $2, $3, $4 + ord - 1, source FROM unnest($5::uuid[], $6::text[]) WITH ORDINALITY AS u(id, source, ord)`,
          [owner.cooperativeId, owner.productId ?? null, owner.role, first, ids, sources],
        );
        await refreshImageOwner(manager, owner);
        return old;
      });
    } catch (error) {
      await this.storage.delete(sources);
      throw error;
    }
    await this.storage.delete(replaced);
    this.jobs.kick();
    return this.find(ids);
  }

  async remove(owner: ImageOwner, imageId: string, access: OwnerAccess): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      await lockImageOwner(manager, owner);
      await access(manager);
      const [rows]: [{ source_key: string | null; variants: { key: string }[] }[]] = await manager.query(
        `DELETE FROM images WHERE id = $1 AND cooperative_id = $2 AND role = $3 AND product_id IS NOT DISTINCT FROM $4
         RETURNING source_key, variants`,
        [imageId, owner.cooperativeId, owner.role, owner.productId ?? null],
      );
      if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Image not found');
      await refreshImageOwner(manager, owner);
      return keysOf(rows[0]);
    });
    // After the commit: a failed delete leaves an orphan file, never a row pointing at nothing.
    await this.storage.delete(keys);
  }

  /** Puts a product's images in the given order; the list must name each of them once. */
  async reorder(owner: ImageOwner, imageIds: string[], access: OwnerAccess): Promise<StoredImage[]> {
    await this.dataSource.transaction(async (manager) => {
      await lockImageOwner(manager, owner);
      await access(manager);
      const rows: { id: string }[] = await manager.query('SELECT id FROM images WHERE product_id = $1', [owner.productId]);
      const current = rows.map((r) => r.id).sort();
      if (new Set(imageIds).size !== imageIds.length || JSON.stringify([...imageIds].sort()) !== JSON.stringify(current)) {
        throw new DomainError('VALIDATION_FAILED', "imageIds must list each of the product's images exactly once", [
          { field: 'imageIds', errors: ['each image exactly once'] },
        ]);
      }
      await manager.query(
        `UPDATE images i SET position = u.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord) WHERE i.id = u.id`,
        [imageIds],
      );
      await refreshImageOwner(manager, owner);
    });
    return this.ofOwner(owner);
  }

  async describe(owner: ImageOwner, imageId: string, alt: Partial<LocalizedText>, access: OwnerAccess): Promise<StoredImage> {
    await this.dataSource.transaction(async (manager) => {
      await lockImageOwner(manager, owner);
      await access(manager);
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE images SET alt = $5, updated_at = now()
          WHERE id = $1 AND cooperative_id = $2 AND role = $3 AND product_id IS NOT DISTINCT FROM $4`,
        [imageId, owner.cooperativeId, owner.role, owner.productId ?? null, JSON.stringify(alt)],
      );
      if (count === 0) throw new DomainError('NOT_FOUND', 'Image not found');
      await refreshImageOwner(manager, owner);
    });
    return (await this.find([imageId]))[0];
  }

  /** The owner's images in order, as its row keeps them. */
  async ofOwner(owner: ImageOwner): Promise<StoredImage[]> {
    return this.query('WHERE i.cooperative_id = $1 AND i.role = $2 AND i.product_id IS NOT DISTINCT FROM $3', [
      owner.cooperativeId,
      owner.role,
      owner.productId ?? null,
    ]);
  }

  find(ids: string[]): Promise<StoredImage[]> {
    return this.query('WHERE i.id = ANY($1::uuid[])', [ids]);
  }

  private query(where: string, params: unknown[]): Promise<StoredImage[]> {
    return this.dataSource.query(
      `SELECT i.id, i.status, i.width, i.height, i.variants, i.placeholder, i.alt FROM images i ${where}
        ORDER BY i.position, i.created_at`,
      params,
    );
  }

  private async nextPosition(manager: EntityManager, owner: ImageOwner, adding: number): Promise<number> {
    const [row]: { n: number; next: number }[] = await manager.query(
      'SELECT count(*)::int AS n, coalesce(max(position) + 1, 0)::int AS next FROM images WHERE product_id = $1',
      [owner.productId],
    );
    if (row.n + adding > MAX_PRODUCT_IMAGES) {
      throw new DomainError('UNPROCESSABLE', `A product has at most ${MAX_PRODUCT_IMAGES} photos; it has ${row.n}`);
    }
    return row.next;
  }

  /** Deletes a cooperative's logo or cover row; returns its files, deleted after the commit. */
  private async removeRole(manager: EntityManager, owner: ImageOwner): Promise<string[]> {
    const [rows]: [{ source_key: string | null; variants: { key: string }[] }[]] = await manager.query(
      'DELETE FROM images WHERE cooperative_id = $1 AND role = $2 RETURNING source_key, variants',
      [owner.cooperativeId, owner.role],
    );
    return rows.flatMap(keysOf);
  }
}
