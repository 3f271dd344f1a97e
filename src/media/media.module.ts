import { Module } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { APP_CONFIG } from '../common/config/config.module';
import { createMediaStorage } from './create-media-storage';
import { ImageJobsService } from './image-jobs.service';
import { ImageRepository } from './image.repository';
import { ImagesService } from './images.service';
import { MediaFilesController } from './media-files.controller';
import { MEDIA_STORAGE } from './media-storage';
import { MediaUrls } from './media-urls';

/** Images: storage (disk or S3), processing jobs, serving under /media, and URLs for views. */
@Module({
  controllers: [MediaFilesController],
  providers: [
    { provide: MEDIA_STORAGE, useFactory: (config: AppConfig) => createMediaStorage(config.media), inject: [APP_CONFIG] },
    { provide: MediaUrls, useFactory: (config: AppConfig) => new MediaUrls(config.media.publicUrl), inject: [APP_CONFIG] },
    ImageRepository,
    ImagesService,
    ImageJobsService,
  ],
  exports: [MEDIA_STORAGE, MediaUrls, ImagesService, ImageJobsService],
})
export class MediaModule {}
