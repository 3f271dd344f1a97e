import { MediaUrls } from './media-urls';
import type { StoredImage } from './stored-image';

const image = (id: string, status: StoredImage['status'], widths: number[]): StoredImage => ({
  id,
  status,
  width: widths.length ? widths[widths.length - 1] : null,
  height: widths.length ? 100 : null,
  variants: widths.map((width) => ({ width, height: 100, key: `i/${id}/0123456789abcdef-${width}.webp` })),
  placeholder: status === 'ready' ? 'data:image/webp;base64,AA' : null,
  alt: { en: `photo ${id}` },
});

describe('MediaUrls', () => {
  it.each([
    ['no images', [], undefined, null],
    ['only processing or failed', [image('a', 'processing', []), image('b', 'failed', [])], undefined, null],
    [
      'the first ready one, smallest derivative',
      [image('a', 'processing', []), image('b', 'ready', [320, 640]), image('c', 'ready', [320])],
      undefined,
      '/media/i/b/0123456789abcdef-320.webp',
    ],
    ['a narrow photo: its only width', [image('d', 'ready', [200])], undefined, '/media/i/d/0123456789abcdef-200.webp'],
    ['through a CDN', [image('e', 'ready', [320, 640])], 'https://cdn.example/m', 'https://cdn.example/m/i/e/0123456789abcdef-320.webp'],
  ])('card thumbnail of %s', (_label, images, publicUrl, url) => {
    const thumbnail = new MediaUrls(publicUrl).cardThumbnail(images);
    expect(thumbnail?.url ?? null).toBe(url);
    if (thumbnail) expect(thumbnail.placeholder).toBe('data:image/webp;base64,AA');
  });

  it('shows buyers ready images only, with the largest derivative as the url', () => {
    const views = new MediaUrls().ready([image('a', 'failed', []), image('b', 'ready', [320, 640, 1280])]);
    expect(views.map((v) => [v.id, v.url, v.variants.map((x) => x.width)])).toEqual([
      ['b', '/media/i/b/0123456789abcdef-1280.webp', [320, 640, 1280]],
    ]);
  });
});
