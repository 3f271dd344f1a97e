/**
 * Goods classes for transit cover, from least to most fragile: breakage drives the cargo rate, so
 * ceramics, glass and stone cost several times what rugs or leather do.
 */
export const GOODS_CLASSES = ['standard', 'fragile'] as const;
export type GoodsClass = (typeof GOODS_CLASSES)[number];

/** HS 2022 chapters of handicraft exports by class; a chapter not listed is not classified. */
export const HS_CHAPTERS_BY_GOODS_CLASS: Readonly<Record<GoodsClass, readonly string[]>> = {
  // 68 stone (6802), 69 ceramics (6907 zellige, 6912–6914 pottery and tagines), 70 glass (7013 tea glasses).
  fragile: ['68', '69', '70'],
  standard: [
    '15', // argan oil
    '25', // rhassoul clay
    '33',
    '34', // cosmetics, soap
    '41',
    '42',
    '43', // leather and leather goods
    '44', // wood
    '46', // basketry
    '50',
    '51',
    '52',
    '53',
    '54',
    '55',
    '56',
    '57',
    '58',
    '59',
    '60',
    '61',
    '62',
    '63', // textiles, rugs, apparel
    '64',
    '65', // babouches, headwear
    '71', // jewellery
    '73',
    '74',
    '76',
    '83', // iron, copper and brass, aluminium, other metal articles
    '92', // musical instruments
    '94', // furniture, poufs, lanterns
    '95', // dolls and games
    '96', // combs, brushes and other worked articles
    '97', // art
  ],
};

const CLASS_BY_CHAPTER: ReadonlyMap<string, GoodsClass> = new Map(
  GOODS_CLASSES.flatMap((goodsClass) => HS_CHAPTERS_BY_GOODS_CLASS[goodsClass].map((ch) => [ch, goodsClass] as const)),
);

/** The class of an HS code (chapter, heading or longer, digits only), or undefined if not classified. */
export function goodsClassForHsCode(hsCode: string): GoodsClass | undefined {
  if (!/^\d{2,10}$/.test(hsCode)) throw new RangeError(`An HS code is 2 to 10 digits, got ${JSON.stringify(hsCode)}`);
  return CLASS_BY_CHAPTER.get(hsCode.slice(0, 2));
}

/** A shipment is as fragile as its most fragile line. */
export function mostFragile(classes: readonly GoodsClass[]): GoodsClass {
  if (classes.length === 0) throw new RangeError('A shipment has at least one line');
  return classes.reduce((a, b) => (GOODS_CLASSES.indexOf(b) > GOODS_CLASSES.indexOf(a) ? b : a));
}
