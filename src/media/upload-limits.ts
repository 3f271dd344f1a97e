import type { AppConfig } from '../common/config/app-config';
import { MAX_FILES_PER_UPLOAD } from './images.service';

/** Multer's limits for image uploads: files are refused while they stream in, before they are whole. */
export function uploadLimits(config: AppConfig): { limits: { fileSize: number; files: number; fields: number; parts: number } } {
  return { limits: { fileSize: config.media.maxUploadBytes, files: MAX_FILES_PER_UPLOAD, fields: 40, parts: MAX_FILES_PER_UPLOAD + 40 } };
}
