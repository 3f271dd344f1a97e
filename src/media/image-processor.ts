import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { MediaConfig } from '../common/config/app-config';
import { DomainError } from '../common/errors/domain-error';

/** Widths of the derivatives pages choose from with srcset; an image narrower than one stops there. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

/** What sharp reads here, by the format it finds in the bytes. HEIF only as AVIF: HEVC needs a patent-licensed decoder. */
const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'heif'];

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface InspectedImage {
  format: string;
  width: number;
  height: number;
}

export interface RenderedVariant {
  width: number;
  height: number;
  hash: string;
  body: Buffer;
}

export interface RenderedImage {
  width: number;
  height: number;
  variants: RenderedVariant[];
  /** A 16-pixel-wide WebP as a data URI, shown blurred while the photo loads. */
  placeholder: string;
}

/** The configured limits an upload is checked against. */
export function imageLimits(media: Pick<MediaConfig, 'maxUploadBytes' | 'maxPixels'>): ImageLimits {
  return { maxBytes: media.maxUploadBytes, maxPixels: media.maxPixels };
}

/** The limits as people read them: whole megabytes and megapixels. */
export function limitFigures(limits: ImageLimits): { mb: number; mp: number } {
  return { mb: Math.floor(limits.maxBytes / 1048576), mp: Math.round(limits.maxPixels / 1e6) };
}

const unsupported = (name: string, why: string): DomainError =>
  new DomainError('UNSUPPORTED_MEDIA_TYPE', `${name} ${why}: send a JPEG, PNG, WebP or AVIF photo`, { file: name });

/**
 * Checks an upload by its bytes alone (its name and declared type are ignored), reading the header
 * only: a file of a few kilobytes may claim billions of pixels, which are never decoded. `source` is
 * the bytes or the path of the file holding them (an upload on disk); `size` its length in bytes.
 */
export async function inspectImage(name: string, source: Buffer | string, size: number, limits: ImageLimits): Promise<InspectedImage> {
  if (size > limits.maxBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `${name} is larger than ${limitFigures(limits).mb} MB`, { file: name });
  }
  let meta: Metadata;
  try {
    // Header only: the pixel count is compared below, with a clear message, whatever its size.
    meta = await sharp(source, { limitInputPixels: false }).metadata();
  } catch {
    throw unsupported(name, 'is not an image');
  }
  if (!meta.format || !ACCEPTED_FORMATS.includes(meta.format)) throw unsupported(name, `is ${meta.format ?? 'of an unknown type'}`);
  if (meta.format === 'heif' && meta.compression !== 'av1') throw unsupported(name, 'is a HEIC photo, which cannot be read here');
  if (!meta.width || !meta.height) throw unsupported(name, 'has no size');
  if (meta.width * meta.height > limits.maxPixels) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `${name} has ${meta.width}×${meta.height} pixels; at most ${limitFigures(limits).mp} megapixels`,
      { file: name },
    );
  }
  return { format: meta.format, width: meta.width, height: meta.height };
}

/** libwebp's effort 2 encodes in under half the time of its default 4, for files within 1 % of the size. */
const WEBP_EFFORT = 2;

const hashOf = (body: Buffer): string => createHash('sha256').update(body).digest('hex').slice(0, 16);

/**
 * Decodes once into the largest derivative, turned upright by its EXIF orientation; the others and
 * the placeholder are made from that. Everything is re-encoded and sharp writes no metadata unless
 * asked, so EXIF (GPS positions of artisans' homes), XMP and anything hidden in the original is gone.
 */
export async function renderImage(bytes: Buffer, maxPixels: number): Promise<RenderedImage> {
  const largestWidth = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels })
    .rotate()
    .resize({ width: largestWidth, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const widths = [...IMAGE_WIDTHS.filter((w) => w < info.width), info.width];
  const encode = async (width: number): Promise<RenderedVariant> => {
    const out = await sharp(data, raw).resize({ width }).webp({ quality: 80, effort: WEBP_EFFORT }).toBuffer({ resolveWithObject: true });
    return { width: out.info.width, height: out.info.height, hash: hashOf(out.data), body: out.data };
  };
  const [variants, tiny] = await Promise.all([
    Promise.all(widths.map(encode)),
    sharp(data, raw).resize({ width: 16 }).webp({ quality: 40 }).toBuffer(),
  ]);
  return { width: info.width, height: info.height, variants, placeholder: `data:image/webp;base64,${tiny.toString('base64')}` };
}
