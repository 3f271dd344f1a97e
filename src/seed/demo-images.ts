import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import type { ImageOwner } from '../media/image-owner';
import { ImageRepository } from '../media/image.repository';
import { renderImage } from '../media/image-processor';
import type { MediaStorage } from '../media/media-storage';
import { DEMO_COOPERATIVES } from './demo-cooperatives';
import { demoCoverSvg, demoLogoSvg, demoPictureSvg } from './demo-pictures';
import { DEMO_PRODUCTS } from './demo-products';

/** Renders a drawing, processes it like an upload (WebP derivatives, placeholder) and records it ready. */
async function seedPicture(
  dataSource: DataSource,
  images: ImageRepository,
  storage: MediaStorage,
  owner: ImageOwner,
  svg: string,
  alt: Partial<LocalizedText>,
): Promise<void> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
  const rendered = await renderImage(png, 10_000_000);
  const id = randomUUID();
  const variants = rendered.variants.map((v) => ({ width: v.width, height: v.height, key: `i/${id}/${v.hash}-${v.width}.webp` }));
  await Promise.all(rendered.variants.map((v, i) => storage.put(variants[i].key, v.body, 'image/webp')));
  await dataSource.transaction(async (tx) => {
    const image = { width: rendered.width, height: rendered.height, variants, placeholder: rendered.placeholder };
    await images.insertReady(tx, owner, id, image, alt);
    await images.refreshOwner(tx, owner);
  });
}

/**
 * Gives each demo product without a photo its drawn picture, and each demo cooperative without them
 * a logo and a cover: the demo storefront shows a photo everywhere. Drawn at 640 px or less, so two
 * derivatives at most each; about a second in all.
 */
export async function seedDemoImages(dataSource: DataSource, storage: MediaStorage): Promise<void> {
  const images = new ImageRepository(dataSource);
  for (const row of await images.productsWithoutPhotos(DEMO_PRODUCTS.map((p) => p.sku))) {
    const demo = DEMO_PRODUCTS.find((p) => p.sku === row.sku)!;
    const owner: ImageOwner = { role: 'product', cooperativeId: row.cooperativeId, productId: row.id };
    await seedPicture(dataSource, images, storage, owner, demoPictureSvg(demo.picture), demo.title);
  }
  for (const row of await images.cooperativePictures(DEMO_COOPERATIVES.map((c) => c.ice))) {
    const index = DEMO_COOPERATIVES.findIndex((c) => c.ice === row.ice);
    if (!row.hasLogo) await seedPicture(dataSource, images, storage, { role: 'logo', cooperativeId: row.id }, demoLogoSvg(index), {});
    if (!row.hasCover) await seedPicture(dataSource, images, storage, { role: 'cover', cooperativeId: row.id }, demoCoverSvg(index), {});
  }
}
