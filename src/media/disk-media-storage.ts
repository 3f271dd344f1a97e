import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertMediaKey, contentTypeOf, MediaStorage, StoredFile } from './media-storage';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Files in a folder of this machine: the default, for one instance (several need the S3 driver). */
export class DiskMediaStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  put(key: string, body: Buffer): Promise<void> {
    return this.write(key, (temporary) => writeFile(temporary, body));
  }

  /** Copied, not moved: the upload folder may be on another file system. */
  putFile(key: string, source: string): Promise<void> {
    return this.write(key, (temporary) => copyFile(source, temporary));
  }

  async get(key: string): Promise<StoredFile | undefined> {
    try {
      const handle = await open(this.path(key), 'r');
      const { size } = await handle.stat();
      return { body: handle.createReadStream(), contentType: contentTypeOf(key), size };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.path(key), { force: true })));
  }

  /** Written aside then renamed, so a reader never sees half a file. */
  private async write(key: string, into: (temporary: string) => Promise<void>): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await into(temporary);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  private path(key: string): string {
    return join(this.root, assertMediaKey(key));
  }
}
