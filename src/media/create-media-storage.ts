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
    // Uploads are streamed from disk. With a checksum on every request the SDK sends a stream as
    // aws-chunked with a trailing checksum, which some S3-compatible servers (and s3rver, the tests'
    // server) store framing and all; checksums are sent where an operation requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return new S3MediaStorage(client, bucket!);
}
