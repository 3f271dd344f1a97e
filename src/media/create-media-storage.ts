import { S3Client } from '@aws-sdk/client-s3';
import type { MediaConfig } from '../common/config/app-config';
import { DiskMediaStorage } from './disk-media-storage';
import type { MediaStorage } from './media-storage';
import { S3MediaStorage } from './s3-media-storage';

/** The configured driver; also used outside Nest (the demo seed at start-up, the CLI). */
export function createMediaStorage(config: MediaConfig): MediaStorage {
  if (config.driver === 'disk') return new DiskMediaStorage(config.dir);
  const { endpoint, region, accessKeyId, secretAccessKey, forcePathStyle, bucket } = config.s3;
  const client = new S3Client({
    endpoint,
    region,
    forcePathStyle,
    // Unset: the SDK's own chain (environment, instance role…).
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    requestHandler: { requestTimeout: 30_000, connectionTimeout: 5_000 },
  });
  return new S3MediaStorage(client, bucket!);
}
