import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { ImageOwner, refreshImageOwner } from '../media/image-owner';
import { renderImage } from '../media/image-processor';
import type { MediaStorage } from '../media/media-storage';
import { DEMO_COOPERATIVES } from './demo-cooperatives';
import { demoCoverSvg, demoLogoSvg, demoPictureSvg } from './demo-pictures';
import { DEMO_PRODUCTS } from './demo-products';

/** Renders a drawing, processes it like an upload (WebP derivatives, placeholder) and records it ready. */
async function seedPicture(dataSource: DataSource, storage: MediaStorage, owner: ImageOwner, svg: string, alt: Partial<LocalizedText>): Promise<void> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
  const rendered = await renderImage(png, 10_000_000);
  const id = randomUUID();
  const variants = rendered.variants.map((v) => ({ width: v.width, height: v.height, key: `i/${id}/${v.hash}-${v.width}.webp` }));
  await Promise.all(rendered.variants.map((v, i) => storage.put(variants[i].key, v.body, 'image/webp')));
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO images (id, cooperative_id, product_id, role, status, width, height, variants, placeholder, alt)
       VALUES ($1, $2, $3, $4, 'ready', $5, $6, $7, $8, $9)`,
      [id, owner.cooperativeId, owner.productId ?? null, owner.role, rendered.width, rendered.height, JSON.stringify(variants), rendered.placeholder, JSON.stringify(alt)],
    );
    await refreshImageOwner(manager, owner);
  });
}

/**
 * Gives each demo product without a photo its drawn picture, and each demo cooperative without them
 * a logo and a cover: the demo storefront shows a photo everywhere. Drawn at 640 px or less, so two
 * derivatives at most each; about a second in all.
 */
export async function seedDemoImages(dataSource: DataSource, storage: MediaStorage): Promise<void> {
  const products: { id: string; cooperative_id: string; sku: string }[] = await dataSource.query(
    `SELECT id, cooperative_id, sku FROM products WHERE sku = ANY($1) AND images = '[]'::jsonb`,
    [DEMO_PRODUCTS.map((p) => p.sku)],
  );
  for (const row of products) {
    const demo = DEMO_PRODUCTS.find((p) => p.sku === row.sku)!;
    await seedPicture(dataSource, storage, { role: 'product', cooperativeId: row.cooperative_id, productId: row.id }, demoPictureSvg(demo.picture), demo.title);
  }
  const cooperatives: { id: string; ice: string; logo: unknown; cover: unknown }[] = await dataSource.query(
    'SELECT id, ice, logo, cover FROM cooperatives WHERE ice = ANY($1)',
    [DEMO_COOPERATIVES.map((c) => c.ice)],
  );
  for (const row of cooperatives) {
    const index = DEMO_COOPERATIVES.findIndex((c) => c.ice === row.ice);
    if (!row.logo) await seedPicture(dataSource, storage, { role: 'logo', cooperativeId: row.id }, demoLogoSvg(index), {});
    if (!row.cover) await seedPicture(dataSource, storage, { role: 'cover', cooperativeId: row.id }, demoCoverSvg(index), {});
  }
}
