import { GOODS_CLASSES, goodsClassForHsCode, HS_CHAPTERS_BY_GOODS_CLASS, mostFragile } from './goods-class';

describe('goods classes', () => {
  it.each([
    ['6907', 'fragile'], // zellige
    ['690730', 'fragile'], // mosaic cubes
    ['6912', 'fragile'], // tagines
    ['691390', 'fragile'],
    ['6914', 'fragile'],
    ['701337', 'fragile'], // tea glasses
    ['6802', 'fragile'], // stone
    ['5701', 'standard'], // hand-knotted rugs
    ['570210', 'standard'], // kilims
    ['4202', 'standard'], // leather bags
    ['6403', 'standard'], // babouches
    ['4420', 'standard'], // wood marquetry
    ['940550', 'standard'], // metal lanterns
    ['7418', 'standard'], // brass trays
    ['7113', 'standard'], // jewellery
    ['6304', 'standard'], // textile covers
    ['4602', 'standard'], // basketry
    ['151590', 'standard'], // argan oil
    ['3304', 'standard'], // cosmetics
    ['250810', 'standard'], // rhassoul clay
    ['9202', 'standard'], // instruments
    ['9701', 'standard'], // art
    ['5702101000', 'standard'], // a 10-digit national tariff line
    ['69', 'fragile'],
  ])('HS %s is %s', (hsCode, goodsClass) => {
    expect(goodsClassForHsCode(hsCode)).toBe(goodsClass);
  });

  it.each(['8471', '0101', '2709', '99'])('HS %s is not classified', (hsCode) => {
    expect(goodsClassForHsCode(hsCode)).toBeUndefined();
  });

  it.each(['', '6', '5702.10', ' 5702', '12345678901', 'abcd'])('%j is not an HS code', (hsCode) => {
    expect(() => goodsClassForHsCode(hsCode)).toThrow(RangeError);
  });

  it('no chapter is in two classes', () => {
    const chapters = GOODS_CLASSES.flatMap((goodsClass) => HS_CHAPTERS_BY_GOODS_CLASS[goodsClass]);
    for (const chapter of chapters) expect(chapter).toMatch(/^\d\d$/);
    expect(new Set(chapters).size).toBe(chapters.length);
  });

  it.each([
    [['standard'], 'standard'],
    [['fragile'], 'fragile'],
    [['standard', 'fragile', 'standard'], 'fragile'],
    [['fragile', 'standard'], 'fragile'],
    [['standard', 'standard'], 'standard'],
  ] as const)('a shipment of %j is %s', (classes, expected) => {
    expect(mostFragile(classes)).toBe(expected);
  });

  it('a shipment has at least one line', () => {
    expect(() => mostFragile([])).toThrow(RangeError);
  });
});
