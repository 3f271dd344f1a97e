import type { AppConfig } from '../common/config/app-config';
import { MAX_FILES_PER_UPLOAD } from './images.service';

export interface UploadOptions {
  /** multer writes each file here as it streams in (disk storage), under a random name. */
  dest: string;
  limits: { fileSize: number; files: number; fields: number; parts: number };
}

/** Multer's options for image uploads: files are refused while they stream in, before they are whole. */
export function uploadOptions(config: AppConfig): UploadOptions {
  return {
    dest: config.media.uploadDir,
    limits: { fileSize: config.media.maxUploadBytes, files: MAX_FILES_PER_UPLOAD, fields: 40, parts: MAX_FILES_PER_UPLOAD + 40 },
  };
}
