import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { assertMediaKey, contentTypeOf, IMMUTABLE_CACHE, MediaStorage, StoredFile } from './media-storage';

const isMissing = (error: unknown): boolean =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** An S3-compatible bucket (AWS, MinIO, R2…), shared by every instance; a CDN may serve it directly. */
export class S3MediaStorage implements MediaStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.send(key, body, body.length, contentType);
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    const handle = await open(path, 'r');
    try {
      // A stream's length must be given: S3 takes no chunked upload without it.
      const { size } = await handle.stat();
      await this.send(key, handle.createReadStream({ autoClose: false }), size, contentType);
    } finally {
      await handle.close();
    }
  }

  async get(key: string): Promise<StoredFile | undefined> {
    try {
      const found = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: assertMediaKey(key) }));
      return { body: found.Body as Readable, contentType: found.ContentType ?? contentTypeOf(key), size: found.ContentLength };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    // One request per key: a handful per image, and every S3-compatible server has DeleteObject.
    await Promise.all(keys.map((key) => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertMediaKey(key) }))));
  }

  private async send(key: string, body: Buffer | Readable, length: number, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: assertMediaKey(key),
        Body: body,
        ContentLength: length,
        ContentType: contentType,
        CacheControl: key.startsWith('i/') ? IMMUTABLE_CACHE : 'no-store',
      }),
    );
  }
}
