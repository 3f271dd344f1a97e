import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { refreshImageOwner } from '../media/image-owner';
import { renderImage } from '../media/image-processor';
import type { MediaStorage } from '../media/media-storage';
import { demoPictureSvg } from './demo-pictures';
import { DEMO_PRODUCTS } from './demo-products';

/**
 * Gives each demo product without a photo its drawn picture, processed like an upload (WebP
 * derivatives and a placeholder) and recorded ready: the demo storefront shows a photo everywhere.
 * Drawn at 640 px, so only two derivatives each; about a second for the catalog.
 */
export async function seedDemoImages(dataSource: DataSource, storage: MediaStorage): Promise<number> {
  const rows: { id: string; cooperative_id: string; sku: string }[] = await dataSource.query(
    `SELECT id, cooperative_id, sku FROM products WHERE sku = ANY($1) AND images = '[]'::jsonb`,
    [DEMO_PRODUCTS.map((p) => p.sku)],
  );
  for (const row of rows) {
    const demo = DEMO_PRODUCTS.find((p) => p.sku === row.sku)!;
    const png = await sharp(Buffer.from(demoPictureSvg(demo.picture))).png({ compressionLevel: 1 }).toBuffer();
    const rendered = await renderImage(png, 10_000_000);
    const id = randomUUID();
    const variants = rendered.variants.map((v) => ({ width: v.width, height: v.height, key: `i/${id}/${v.hash}-${v.width}.webp` }));
    await Promise.all(rendered.variants.map((v, i) => storage.put(variants[i].key, v.body, 'image/webp')));
    await dataSource.transaction(async (manager) => {
      const owner = { role: 'product' as const, cooperativeId: row.cooperative_id, productId: row.id };
      await manager.query(
        `INSERT INTO images (id, cooperative_id, product_id, role, status, width, height, variants, placeholder, alt)
         VALUES ($1, $2, $3, 'product', 'ready', $4, $5, $6, $7, $8)`,
        [id, row.cooperative_id, row.id, rendered.width, rendered.height, JSON.stringify(variants), rendered.placeholder, JSON.stringify(demo.title)],
      );
      await refreshImageOwner(manager, owner);
    });
  }
  return rows.length;
}
