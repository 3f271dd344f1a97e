import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A small photo drawn by sharp: a gradient, so encoders have something to encode. */
export function photo(format: 'jpeg' | 'png' | 'webp', width = 800, height = 600): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#b5562a"/><stop offset="1" stop-color="#2a6fb5"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f2d16b"/></svg>`;
  return sharp(Buffer.from(svg))[format]().toBuffer();
}

/** A phone photo: JPEG with the camera's GPS position in EXIF, stored sideways (orientation 6). */
export async function phoneJpegWithGps(width = 600, height = 400): Promise<Buffer> {
  return sharp(await photo('jpeg', width, height))
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Hirfa Test Phone', Model: 'T1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 37/1 4/1', GPSLongitudeRef: 'W', GPSLongitude: '8/1 0/1 31/1' },
    })
    .jpeg()
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid PNG header claiming width × height pixels over a few hundred bytes
 * of zlib data (a real bomb would inflate to gigabytes; its header is what the check reads).
 */
export function pixelBombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
