import type { Readable } from 'node:stream';

export interface StoredFile {
  body: Readable;
  contentType: string;
  size?: number;
}

/**
 * Where image files live. Keys are relative paths such as `i/<imageId>/<hash>-640.webp` (served) or
 * `incoming/<imageId>` (an upload waiting to be processed, never served).
 */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Stores a file of this machine's, streamed: an upload is never read into memory whole. */
  putFile(key: string, path: string, contentType: string): Promise<void>;
  /** undefined when there is no such file. */
  get(key: string): Promise<StoredFile | undefined>;
  /** Deleting a missing file is not an error. */
  delete(keys: string[]): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** Served files are immutable: their names carry a hash of their bytes. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const KEY = /^(i\/[0-9a-f-]{36}\/[0-9a-f]{16}-\d{1,5}\.(webp|avif)|incoming\/[0-9a-f-]{36})$/;

/** Keys are built by this module only; checking them keeps a bug from writing outside the store. */
export function assertMediaKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a media key: ${key}`);
  return key;
}

export function contentTypeOf(key: string): string {
  if (key.endsWith('.webp')) return 'image/webp';
  if (key.endsWith('.avif')) return 'image/avif';
  return 'application/octet-stream';
}
