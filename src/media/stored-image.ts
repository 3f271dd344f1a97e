import type { LocalizedText } from '../cooperatives/cooperative';
import type { ImageStatus } from './image-status';

export interface StoredVariant {
  width: number;
  height: number;
  key: string;
}

/**
 * An image as its owner row keeps it (products.images, cooperatives.logo and cover): storage keys,
 * turned into URLs when shown, since the public base URL is configuration.
 */
export interface StoredImage {
  id: string;
  status: ImageStatus;
  width: number | null;
  height: number | null;
  variants: StoredVariant[];
  placeholder: string | null;
  alt: Partial<LocalizedText>;
}
