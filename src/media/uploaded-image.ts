/** A file from a multipart upload, as multer hands it over (memory storage). */
export interface UploadedImage {
  originalname: string;
  buffer: Buffer;
  size: number;
}
