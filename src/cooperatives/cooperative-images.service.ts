import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { ImageView } from '../media/dto/image.view';
import type { ImageOwner } from '../media/image-owner';
import { ImagesService, OwnerAccess } from '../media/images.service';
import { MediaUrls } from '../media/media-urls';
import type { UploadedImage } from '../media/uploaded-image';
import { AccessService } from './access.service';

export type CooperativePicture = 'logo' | 'cover';

/** A cooperative's logo and cover photo, set by its managers (and admins); a new one replaces the old. */
@Injectable()
export class CooperativeImagesService {
  constructor(
    private readonly access: AccessService,
    private readonly images: ImagesService,
    private readonly urls: MediaUrls,
  ) {}

  async set(cooperativeId: string, role: CooperativePicture, user: AuthUser, file: UploadedImage | undefined): Promise<ImageView> {
    await this.access.assertCanReadCooperative(user, cooperativeId, 'manager');
    const [image] = await this.images.add(this.owner(cooperativeId, role), file ? [file] : [], this.managerOnly(cooperativeId, user));
    return this.urls.image(image);
  }

  async remove(cooperativeId: string, role: CooperativePicture, user: AuthUser): Promise<void> {
    await this.access.assertCanReadCooperative(user, cooperativeId, 'manager');
    const owner = this.owner(cooperativeId, role);
    const [current] = await this.images.ofOwner(owner);
    if (!current) throw new DomainError('NOT_FOUND', `The cooperative has no ${role}`);
    await this.images.remove(owner, current.id, this.managerOnly(cooperativeId, user));
  }

  private owner(cooperativeId: string, role: CooperativePicture): ImageOwner {
    return { role, cooperativeId };
  }

  private managerOnly(cooperativeId: string, user: AuthUser): OwnerAccess {
    return (manager: EntityManager) => this.access.assertCooperativeManager(manager, user, cooperativeId);
  }
}
