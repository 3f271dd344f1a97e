import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, readdirSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import type { User } from '../src/auth/user';
import type { Cooperative } from '../src/cooperatives/cooperative';
import { ImageJobsService } from '../src/media/image-jobs.service';
import { MEDIA_STORAGE, MediaStorage } from '../src/media/media-storage';
import { Factories } from './support/factories';
import { phoneJpegWithGps, photo, pixelBombPng } from './support/images';
import { startTestS3, TestS3 } from './support/s3-server';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

interface ImageBody {
  id: string;
  status: string;
  url: string | null;
  width: number | null;
  height: number | null;
  variants: { width: number; height: number; url: string }[];
  placeholder: string | null;
  alt: Record<string, string>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The first bytes of this machine's node binary: an executable named like a photo. */
function executable(): Buffer {
  const bytes = Buffer.alloc(64 * 1024);
  const fd = openSync(process.execPath, 'r');
  readSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
  return bytes;
}

describe.each(['disk', 's3'] as const)('Product images, %s storage (e2e)', (driver) => {
  let t: TestApp;
  let make: Factories;
  let s3: TestS3 | undefined;
  let mediaDir: string;
  let uploadDir: string;
  let artisan: User;
  let outsider: User;
  let buyer: User;
  let coop: Cooperative;

  const auth = (user: User): { Authorization: string } => bearer(tokenFor(t.app, user));
  const stored = async (): Promise<string[]> => (s3 ? s3.keys() : filesUnder(mediaDir));
  const drain = (): Promise<number> => t.app.get(ImageJobsService).drain();
  const imageRows = async (productId: string): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM images WHERE product_id = $1', [productId]))[0].n;
  const imagesOf = async (productId: string, user: User = artisan): Promise<ImageBody[]> =>
    (await t.http.get(`/api/v1/products/${productId}`).set(auth(user)).expect(200)).body.images;
  const keyOf = (url: string): string => url.replace(/^\/media\//, '');

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'hirfa-media-'));
    uploadDir = mkdtempSync(join(tmpdir(), 'hirfa-uploads-'));
    s3 = driver === 's3' ? await startTestS3() : undefined;
    t = await createTestApp({ ...(s3 ? s3.env : { MEDIA_DIR: mediaDir }), MEDIA_UPLOAD_DIR: uploadDir });
    make = new Factories(t.db);
    artisan = await make.artisan();
    outsider = await make.artisan();
    buyer = await make.buyer();
    coop = await make.cooperative({}, artisan);
    await make.cooperative({}, outsider);
  });
  afterAll(async () => {
    await t.close();
    await s3?.close();
    rmSync(mediaDir, { recursive: true, force: true });
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('takes JPEG, PNG and WebP from a member and makes upright WebP derivatives without metadata', async () => {
    const product = await make.product(coop, { status: 'draft' });
    const jpeg = await phoneJpegWithGps(600, 400);
    const original = await sharp(jpeg).metadata();
    // The GPS block is in the upload's EXIF: its latitude reference "N" and the camera's make.
    expect(original.exif?.includes(Buffer.from('Hirfa Test Phone'))).toBe(true);
    expect(original.exif?.length).toBeGreaterThan(150);
    expect(original.orientation).toBe(6);

    const res = await t.http
      .post(`/api/v1/products/${product.id}/images`)
      .set(auth(artisan))
      .attach('files', jpeg, { filename: 'IMG_0001.jpg', contentType: 'image/jpeg' })
      .attach('files', await photo('png', 1600, 1200), { filename: 'kiln.png', contentType: 'image/png' })
      .attach('files', await photo('webp', 200, 150), { filename: 'detail.webp', contentType: 'image/webp' })
      .expect(201);
    expect(res.body.map((image: ImageBody) => image.status)).toEqual(['processing', 'processing', 'processing']);
    // The uploads streamed through temporary files, which are gone once the request is answered.
    expect(filesUnder(uploadDir)).toEqual([]);

    expect(await drain()).toBeGreaterThanOrEqual(0);
    const images = await imagesOf(product.id);
    expect(images.map((i) => i.id)).toEqual(res.body.map((i: ImageBody) => i.id));
    expect(images.map((i) => [i.status, i.width, i.height])).toEqual([
      ['ready', 400, 600], // turned upright: the phone held it sideways
      ['ready', 1280, 960],
      ['ready', 200, 150],
    ]);
    expect(images.map((i) => i.variants.map((v) => v.width))).toEqual([[320, 400], [320, 640, 1280], [200]]);
    for (const image of images) {
      expect(image.placeholder).toMatch(/^data:image\/webp;base64,/);
      expect(image.url).toBe(image.variants[image.variants.length - 1].url);
      for (const variant of image.variants) {
        const file = await t.http
          .get(variant.url)
          .buffer(true)
          .parse((r, done) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => done(null, Buffer.concat(chunks)));
          })
          .expect(200);
        expect(file.headers['content-type']).toBe('image/webp');
        const meta = await sharp(file.body as Buffer).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['webp', variant.width, variant.height]);
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
      }
    }
    const keys = images.flatMap((i) => i.variants.map((v) => keyOf(v.url)));
    // The derivatives are in the store, and the uploads they were made from are gone.
    expect(await stored()).toEqual(expect.arrayContaining(keys));
    expect((await stored()).filter((key) => key.startsWith('incoming'))).toEqual([]);
  });

  it('refuses what is not a readable photo (whatever its name and type say), too large or too many pixels, storing nothing', async () => {
    const product = await make.product(coop, { status: 'draft' });
    const before = await stored();
    const good = await photo('jpeg', 320, 240);
    const cases: [Buffer, string, number, string][] = [
      [Buffer.from('not a photo at all'), 'notes.jpg', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [executable(), 'holiday.jpg', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'logo.png', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [pixelBombPng(10000, 8000), 'bomb.png', 413, 'PAYLOAD_TOO_LARGE'],
      [pixelBombPng(60000, 60000), 'bigger-bomb.png', 413, 'PAYLOAD_TOO_LARGE'],
      [Buffer.concat([good, Buffer.alloc(15 * 1024 * 1024)]), 'huge.jpg', 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [bytes, name, status, code] of cases) {
      const res = await t.http
        .post(`/api/v1/products/${product.id}/images`)
        .set(auth(artisan))
        .attach('files', good, { filename: 'fine.jpg', contentType: 'image/jpeg' })
        .attach('files', bytes, { filename: name, contentType: 'image/jpeg' });
      expect([name, res.status, res.body.code]).toEqual([name, status, code]);
      expect(filesUnder(uploadDir)).toEqual([]);
    }
    expect(await imageRows(product.id)).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('refuses more than ten photos at once or photos in another field, keeping no temporary file', async () => {
    const product = await make.product(coop, { status: 'draft' });
    const before = await stored();
    const file = await photo('jpeg', 64, 48);
    let many = t.http.post(`/api/v1/products/${product.id}/images`).set(auth(artisan));
    for (let i = 0; i < 11; i++) many = many.attach('files', file, `p${i}.jpg`);
    const tooMany = await many.expect(400);
    expect(tooMany.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'At most 10 photos at a time' });
    const elsewhere = await t.http
      .post(`/api/v1/products/${product.id}/images`)
      .set(auth(artisan))
      .attach('files', file, 'a.jpg')
      .attach('photo', file, 'b.jpg')
      .expect(400);
    expect(elsewhere.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Send the photos in the field `files`' });
    expect(filesUnder(uploadDir)).toEqual([]);
    expect(await imageRows(product.id)).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it("refuses another cooperative's members and buyers, storing nothing", async () => {
    const product = await make.product(coop, { status: 'draft' });
    const before = await stored();
    const file = await photo('png', 320, 240);
    for (const [user, status] of [
      [outsider, 403],
      [buyer, 403],
    ] as const) {
      await t.http.post(`/api/v1/products/${product.id}/images`).set(auth(user)).attach('files', file, 'a.png').expect(status);
    }
    await t.http.post(`/api/v1/products/${product.id}/images`).attach('files', file, 'a.png').expect(401);
    expect(await imageRows(product.id)).toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('reorders, describes and deletes photos; a deleted photo leaves no file behind', async () => {
    const product = await make.product(coop, { status: 'draft' });
    const upload = await t.http
      .post(`/api/v1/products/${product.id}/images`)
      .set(auth(artisan))
      .attach('files', await photo('png', 400, 300), 'one.png')
      .attach('files', await photo('jpeg', 500, 300), 'two.jpg')
      .expect(201);
    const [a, b] = upload.body.map((i: ImageBody) => i.id) as string[];
    await drain();
    const order = `/api/v1/products/${product.id}/images/order`;
    await t.http
      .put(order)
      .set(auth(outsider))
      .send({ imageIds: [b, a] })
      .expect(403);
    await t.http
      .put(order)
      .set(auth(artisan))
      .send({ imageIds: [b] })
      .expect(400);
    await t.http
      .put(order)
      .set(auth(artisan))
      .send({ imageIds: [b, b] })
      .expect(400);
    const reordered = await t.http
      .put(order)
      .set(auth(artisan))
      .send({ imageIds: [b, a] })
      .expect(200);
    expect(reordered.body.map((i: ImageBody) => i.id)).toEqual([b, a]);
    expect((await imagesOf(product.id)).map((i) => i.id)).toEqual([b, a]);

    const alt = { en: 'The tagine from above', ar: 'الطاجين من فوق' };
    await t.http.patch(`/api/v1/products/${product.id}/images/${a}`).set(auth(artisan)).send({ alt }).expect(200);
    expect((await imagesOf(product.id)).find((i) => i.id === a)!.alt).toEqual(alt);

    const aKeys = (await imagesOf(product.id)).find((i) => i.id === a)!.variants.map((v) => keyOf(v.url));
    expect(await stored()).toEqual(expect.arrayContaining(aKeys));
    await t.http.delete(`/api/v1/products/${product.id}/images/${a}`).set(auth(outsider)).expect(403);
    await t.http.delete(`/api/v1/products/${product.id}/images/${a}`).set(auth(artisan)).expect(204);
    await t.http.delete(`/api/v1/products/${product.id}/images/${a}`).set(auth(artisan)).expect(404);
    expect((await imagesOf(product.id)).map((i) => i.id)).toEqual([b]);
    const left = await stored();
    expect(aKeys.filter((key) => left.includes(key))).toEqual([]);
    await t.http.get(`/media/${aKeys[0]}`).expect(404);
  });

  it('marks a photo that cannot be decoded as failed and keeps nothing of it', async () => {
    const product = await make.product(coop, { status: 'draft' });
    const whole = await photo('jpeg', 800, 600);
    const truncated = whole.subarray(0, Math.floor(whole.length / 3));
    await t.http.post(`/api/v1/products/${product.id}/images`).set(auth(artisan)).attach('files', truncated, 'cut.jpg').expect(201);
    await drain();
    const [image] = await imagesOf(product.id);
    expect([image.status, image.variants]).toEqual(['failed', []]);
    expect((await stored()).filter((key) => key.includes(image.id))).toEqual([]);
    // Buyers never see it: the product page shows ready photos only.
    await t.db.query(`UPDATE products SET status = 'published', published_at = now() WHERE id = $1`, [product.id]);
    expect((await t.http.get(`/api/v1/products/${product.id}`).expect(200)).body.images).toEqual([]);
  });

  it('serves derivatives with immutable caching, no sniffing, and ETag revalidation', async () => {
    const product = await make.product(coop, { status: 'draft' });
    await t.http
      .post(`/api/v1/products/${product.id}/images`)
      .set(auth(artisan))
      .attach('files', await photo('png', 330, 200), 'x.png')
      .expect(201);
    await drain();
    const [image] = await imagesOf(product.id);
    const url = image.variants[0].url;
    expect(url).toMatch(/^\/media\/i\/[0-9a-f-]{36}\/[0-9a-f]{16}-320\.webp$/);
    const res = await t.http.get(url).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe('image/webp');
    await t.http.get(url).set('If-None-Match', res.headers.etag).expect(304);
    await t.http.get(url.replace(/-320\.webp$/, '-321.webp')).expect(404);
    await t.http.get(`/media/incoming/${image.id}`).expect(404);
    await t.http.get('/media/i/../../etc/passwd').expect(404);
  });

  it('shares the processing between instances: each waiting image is processed once', async () => {
    // A second instance on the same database and store; uploads are recorded without either starting on them.
    const other = await createTestApp(s3 ? s3.env : { MEDIA_DIR: mediaDir }, { databaseUrl: t.databaseUrl });
    try {
      const product = await make.product(coop, { status: 'draft' });
      const storage = t.app.get<symbol, MediaStorage>(MEDIA_STORAGE);
      const ids = Array.from({ length: 6 }, () => randomUUID());
      for (const id of ids) {
        await storage.put(`incoming/${id}`, await photo('jpeg', 700, 500), 'application/octet-stream');
        await t.db.query(
          `INSERT INTO images (id, cooperative_id, product_id, role, position, source_key) VALUES ($1, $2, $3, 'product', 0, $4)`,
          [id, coop.id, product.id, `incoming/${id}`],
        );
      }
      const [here, there] = await Promise.all([drain(), other.app.get(ImageJobsService).drain()]);
      expect(here + there).toBe(6);
      const rows: { status: string; attempts: number }[] = await t.db.query('SELECT status, attempts FROM images WHERE id = ANY($1)', [
        ids,
      ]);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ['ready', 1]));
      expect((await imagesOf(product.id)).map((i) => i.status)).toEqual(ids.map(() => 'ready'));
    } finally {
      await other.close();
    }
  });

  it("sets a cooperative's logo (managers only); a new logo replaces the old one and its files", async () => {
    const member = await make.artisan();
    await make.member(coop, member, 'member');
    const logo = `/api/v1/cooperatives/${coop.id}/logo`;
    await t.http
      .post(logo)
      .set(auth(member))
      .attach('file', await photo('png', 300, 300), 'logo.png')
      .expect(403);
    const none = await t.http.post(logo).set(auth(artisan)).field('note', 'no file').expect(400);
    expect(none.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Send an image file in the field `file`' });
    const two = await t.http
      .post(logo)
      .set(auth(artisan))
      .attach('file', await photo('png', 300, 300), 'a.png')
      .attach('file', await photo('png', 300, 300), 'b.png')
      .expect(400);
    expect(two.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Send one photo' });
    expect(filesUnder(uploadDir)).toEqual([]);
    await t.http
      .post(logo)
      .set(auth(artisan))
      .attach('file', await photo('png', 300, 300), 'logo.png')
      .expect(201);
    await drain();
    const first = (await t.http.get(`/api/v1/cooperatives/${coop.id}`).expect(200)).body.logo as ImageBody;
    expect([first.status, first.variants.map((v) => v.width)]).toEqual(['ready', [300]]);
    await t.http
      .post(logo)
      .set(auth(artisan))
      .attach('file', await photo('webp', 700, 700), 'logo2.webp')
      .expect(201);
    await drain();
    const second = (await t.http.get(`/api/v1/cooperatives/${coop.id}`).expect(200)).body.logo as ImageBody;
    expect([second.status, second.variants.map((v) => v.width)]).toEqual(['ready', [320, 640, 700]]);
    expect((await stored()).filter((key) => key.includes(first.id))).toEqual([]);
    await t.http
      .post(`/api/v1/cooperatives/${coop.id}/cover`)
      .set(auth(artisan))
      .attach('file', await photo('jpeg', 1400, 500), 'c.jpg')
      .expect(201);
    await drain();
    expect((await t.http.get(`/api/v1/cooperatives/${coop.id}`).expect(200)).body.cover.status).toBe('ready');
  });
});
