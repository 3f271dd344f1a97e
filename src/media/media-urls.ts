import type { ImageView, ThumbnailView } from './dto/image.view';
import type { StoredImage } from './stored-image';

/** The width a card shows its photo at (CSS pixels): the smallest derivative. */
export const CARD_WIDTH = 320;

/** Turns storage keys into URLs: this app's /media, or MEDIA_PUBLIC_URL (a CDN, the bucket). */
export class MediaUrls {
  private readonly base: string;

  constructor(publicUrl?: string) {
    this.base = publicUrl ?? '/media';
  }

  url(key: string): string {
    return `${this.base}/${key}`;
  }

  image(stored: StoredImage): ImageView {
    const variants = stored.variants.map((v) => ({ width: v.width, height: v.height, url: this.url(v.key) }));
    return {
      id: stored.id,
      status: stored.status,
      url: variants.length > 0 ? variants[variants.length - 1].url : null,
      width: stored.width,
      height: stored.height,
      variants,
      placeholder: stored.placeholder,
      alt: stored.alt,
    };
  }

  /** The images buyers see: ready ones, in order. */
  ready(images: StoredImage[]): ImageView[] {
    return images.filter((i) => i.status === 'ready').map((i) => this.image(i));
  }

  /**
   * A product card's picture: the first ready image's smallest derivative (320 px wide unless the
   * photo is narrower) and its placeholder; null when the product has no ready image.
   */
  cardThumbnail(images: StoredImage[]): ThumbnailView | null {
    const first = images.find((i) => i.status === 'ready' && i.variants.length > 0);
    if (!first) return null;
    const small = first.variants[0];
    return { url: this.url(small.key), width: small.width, height: small.height, placeholder: first.placeholder, alt: first.alt };
  }
}
