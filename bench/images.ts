import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { DiskMediaStorage } from '../src/media/disk-media-storage';
import { inspectImage, renderImage } from '../src/media/image-processor';
import { Factories, TEST_PASSWORD } from '../test/support/factories';
import { arg, benchDatabase, freePort, load, ROOT, startProcess, stopProcess } from './support';

/** A 12-megapixel phone-like JPEG: smooth light with fine grain, so it compresses like a photo. */
async function phonePhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const grain = Buffer.alloc(width * height * 3);
  for (let i = 0; i < grain.length; i++) grain[i] = (Math.random() * 255) | 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="g">
    <stop offset="0" stop-color="#e8c9a0"/><stop offset="1" stop-color="#5a3b22"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="2000" cy="1500" r="900" fill="#1e4f8a"/></svg>`;
  const noise = await sharp(grain, { raw: { width, height, channels: 3 } })
    .blur(1.2)
    .png({ compressionLevel: 0 })
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** A process's resident memory now and at its peak so far, in MB (Linux: /proc/<pid>/status). */
function residentMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * `uploads` requests at once, each with `files` photos padded to `sizeMb` (bytes after a JPEG's end
 * are ignored by decoders): how long they take and how far the app's resident memory rises.
 */
async function uploadMemory(
  base: string,
  pid: number,
  db: DataSource,
  photo: Buffer,
  { uploads, files, sizeMb }: { uploads: number; files: number; sizeMb: number },
): Promise<string> {
  const make = new Factories(db);
  const artisan = await make.artisan();
  const cooperative = await make.cooperative({}, artisan);
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: artisan.email, password: TEST_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const padded = Buffer.concat([photo, Buffer.alloc(sizeMb * 1048576 - photo.length)]);
  const before = residentMb(pid);
  const start = process.hrtime.bigint();
  const statuses = await Promise.all(
    Array.from({ length: uploads }, async () => {
      const product = await make.product(cooperative, { status: 'draft' });
      const form = new FormData();
      for (let i = 0; i < files; i++) form.append('files', new Blob([padded], { type: 'image/jpeg' }), `photo-${i}.jpg`);
      const res = await fetch(`${base}/api/v1/products/${product.id}/images`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}` },
        body: form,
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
  const took = ms(start);
  const after = residentMb(pid);
  return (
    `Uploading ${uploads} × ${files} photos of ${sizeMb} MB at once (${uploads * files * sizeMb} MB): ${took.toFixed(0)} ms, ` +
    `statuses ${[...new Set(statuses)].join(', ')}; app resident memory ${before.now.toFixed(0)} MB before, ` +
    `peak ${after.peak.toFixed(0)} MB (+${(after.peak - before.now).toFixed(0)} MB)`
  );
}

/**
 * Image processing per photo (12-megapixel JPEG: check, decode, three WebP derivatives and the
 * placeholder) and its memory, then the throughput of serving a thumbnail from the running app and
 * the app's memory while it takes concurrent uploads of large photos.
 * Usage: npm run bench:images -- [--photos 5] [--duration 10] [--connections 50] [--uploads 4]
 */
async function main(): Promise<void> {
  const photos = arg('photos', 5);
  const duration = arg('duration', 10);
  const connections = arg('connections', 50);
  const uploads = arg('uploads', 4);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);

  const jpeg = await phonePhoto();
  const meta = await sharp(jpeg).metadata();
  out(
    `Test photo: ${meta.width}×${meta.height} JPEG (${((meta.width! * meta.height!) / 1e6).toFixed(1)} MP), ${(jpeg.length / 1048576).toFixed(1)} MB`,
  );

  let peakRss = process.memoryUsage().rss;
  const baseRss = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  const times: number[] = [];
  let rendered: Awaited<ReturnType<typeof renderImage>> | undefined;
  for (let i = 0; i < photos; i++) {
    const start = process.hrtime.bigint();
    await inspectImage('bench.jpg', jpeg, jpeg.length, { maxBytes: 15 * 1048576, maxPixels: 50_000_000 });
    rendered = await renderImage(jpeg, 50_000_000);
    times.push(ms(start));
  }
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  out(
    `Processing (${photos} photos, one at a time): mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(0)} ms, ` +
      `p50 ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`,
  );
  out(`Memory: peak RSS ${(peakRss / 1048576).toFixed(0)} MB (${((peakRss - baseRss) / 1048576).toFixed(0)} MB above the process at rest)`);
  out(
    `Derivatives: ${rendered!.variants.map((v) => `${v.width}×${v.height} ${(v.body.length / 1024).toFixed(0)} kB`).join(', ')}; placeholder ${rendered!.placeholder.length} B`,
  );
  const avifStart = process.hrtime.bigint();
  await sharp(rendered!.variants[rendered!.variants.length - 1].body)
    .avif({ quality: 50, effort: 2 })
    .toBuffer();
  out(`AVIF at 1280 px would add ${ms(avifStart).toFixed(0)} ms per photo (not made: WebP only)`);

  const mediaDir = mkdtempSync(join(tmpdir(), 'hirfa-bench-media-'));
  const thumbnail = rendered!.variants[0];
  const key = `i/${randomUUID()}/${thumbnail.hash}-${thumbnail.width}.webp`;
  await new DiskMediaStorage(mediaDir).put(key, thumbnail.body);
  const db = await benchDatabase('hirfa_bench_images');
  const port = await freePort();
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    MEDIA_DIR: mediaDir,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ORDER_EXPIRY_INTERVAL_SECONDS: '0',
    IMAGE_JOB_INTERVAL_SECONDS: '0',
    MEDIA_UPLOAD_DIR: join(mediaDir, '.uploads'),
  };
  const app = await startProcess(join(ROOT, 'dist/src/main.js'), env, `http://127.0.0.1:${port}/health`);
  try {
    const result = await load({ url: `http://127.0.0.1:${port}/media/${key}`, duration, connections });
    out(
      `Serving a ${(thumbnail.body.length / 1024).toFixed(0)} kB thumbnail (disk driver, ${connections} connections, ${duration} s): ` +
        `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}`,
    );
    out(await uploadMemory(`http://127.0.0.1:${port}`, app.pid!, db.dataSource, jpeg, { uploads, files: 10, sizeMb: 14 }));
  } finally {
    await stopProcess(app);
    await db.dispose();
    rmSync(mediaDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
