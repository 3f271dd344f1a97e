/**
 * A file from a multipart upload as multer's disk storage hands it over: written to a temporary file
 * while it streams in, so a request's photos never sit in memory whole.
 */
export interface UploadedImage {
  originalname: string;
  /** The temporary file, removed when the request ends. */
  path: string;
  size: number;
}
