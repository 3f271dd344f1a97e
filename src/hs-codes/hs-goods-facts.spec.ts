import { chiefFibre, FibreShare, readFibreShares, readGoodsFacts } from './hs-goods-facts';
import { foldText } from './hs-text';

describe('goods facts: fibre shares', () => {
  it.each<[string, FibreShare[]]>([
    [
      '80 % wool / 20 % cotton',
      [
        { fibre: 'wool', percent: 80 },
        { fibre: 'cotton', percent: 20 },
      ],
    ],
    [
      'made from 80 percent wool and 20 percent jute yarns',
      [
        { fibre: 'wool', percent: 80 },
        { fibre: 'vegetable', percent: 20 },
      ],
    ],
    [
      '70 percent polypropylene, 20 percent cotton and 10 percent nylon',
      [
        { fibre: 'synthetic', percent: 80 },
        { fibre: 'cotton', percent: 20 },
      ],
    ],
    ['75% cashmere and 25% wool woven fabric', [{ fibre: 'wool', percent: 100 }]],
    [
      '65 % laine, 35 % soie',
      [
        { fibre: 'wool', percent: 65 },
        { fibre: 'silk', percent: 35 },
      ],
    ],
    ['100 percent polyester printed woven fabric', [{ fibre: 'synthetic', percent: 100 }]],
    ['measures 20 x 30 inches, 50 percent off', []],
  ])('reads %j', (text, shares) => {
    expect(readFibreShares(foldText(text))).toEqual(shares);
  });

  it.each<[string, FibreShare[], string | undefined]>([
    [
      'the fibre with the greatest share',
      [
        { fibre: 'wool', percent: 53 },
        { fibre: 'synthetic', percent: 47 },
      ],
      'wool',
    ],
    [
      'synthetic and artificial fibres taken together',
      [
        { fibre: 'cotton', percent: 40 },
        { fibre: 'synthetic', percent: 30 },
        { fibre: 'artificial', percent: 30 },
      ],
      'synthetic',
    ],
    [
      'a tie going to the heading last in order (cotton after wool)',
      [
        { fibre: 'wool', percent: 50 },
        { fibre: 'cotton', percent: 50 },
      ],
      'cotton',
    ],
    ['the first named when no share is stated', [{ fibre: 'linen' }, { fibre: 'cotton' }], 'linen'],
    ['nothing when no fibre is named', [], undefined],
  ])('takes as chief fibre %s (Section XI note 2)', (_case, shares, chief) => {
    expect(chiefFibre(shares)).toBe(chief);
  });
});

describe('goods facts: construction, use and flags', () => {
  it.each<[string, string, boolean]>([
    ['Hand knotted rug, wool pile', 'knotted', true],
    ['Flat woven rug with a 2 inch knotted fringe', 'knotted', false],
    ['Flat woven rug with a 2 inch knotted fringe', 'flat-woven', true],
    ['The face features hand-woven pile and non-pile areas', 'pile', true],
    ['Woven rug, not of pile construction', 'pile', false],
    ['Cotton fabric strips twisted into flat braids', 'braided', true],
    ['Cotton woven fabric strips twisted into flat braids', 'woven', false],
    ['Wool yarns hand tufted into a foundation cloth', 'tufted', true],
    ['Kilim runner from the Middle Atlas', 'kelem', true],
    ['Quilted bedspread', 'quilted', true],
    ['Cast brass statuette', 'cast', true],
    ['Egyptian scene hand-painted on brass', 'hand-painted', true],
    ['Tiles of marble chips bonded with polyester resin', 'agglomerated', true],
    ['Needleloom felt of polyester', 'needleloom', true],
  ])('in %j, %s is %s', (text, construction, present) => {
    expect(readGoodsFacts(text).constructions.has(construction as never)).toBe(present);
  });

  it.each<[string, string]>([
    ['Large cushion used on the floor as a low seat', 'sitting'],
    ['Quilt used as a bed cover', 'bed-cover'],
    ['Designed for decorative purposes only', 'ornament'],
    ['Argan oil to nourish the hair', 'hair'],
    ['Blanket designed to provide warmth', 'warmth'],
  ])('in %j reads the use %s', (text, use) => {
    expect(readGoodsFacts(text).uses.has(use as never)).toBe(true);
  });

  it.each<[string, string, boolean]>([
    ['Pouf cover sold separately from the pouf, unstuffed', 'unstuffed', true],
    ['Pouf cover sold separately from the pouf, unstuffed', 'stuffed', false],
    ['Pouffe completely filled with styrofoam beads', 'stuffed', true],
    ['Wall clock with a quartz movement, one AA battery', 'electric', true],
    ['Lantern with a receptacle for a tealight', 'non-electric', true],
    ['Wine glasses, stemware', 'stemware', true],
    ['Glass mirror framed in wood', 'framed', true],
    ['Serving dish of ceramic (non-porcelain)', 'porcelain', false],
    ['Distilled rose water in 200 ml bottles', 'distilled', true],
    ['Brass earring with a sterling silver ear wire', 'precious-minor', true],
  ])('in %j, the flag %s is %s', (text, flag, present) => {
    expect(readGoodsFacts(text).flags.has(flag as never)).toBe(present);
  });

  it('does not take "table linen" for a fabric of flax', () => {
    expect(readGoodsFacts('Table linen of cotton: tablecloth and napkins').chiefFibre).toBe('cotton');
  });
});

describe('goods facts: the essential character of a composite article (GIR 3(b))', () => {
  it.each<[string, string | undefined]>([
    ['Each item is a composite good, with the essential character imparted by the wrought iron component.', 'wrought iron'],
    ['The rattan rods give the essential character because they are the greater portion.', 'rattan'],
    ['The leather, of higher value, imparts the essential character.', 'leather'],
    ['The basket is made essentially of willow.', 'willow'],
    ['A plain cotton tote bag.', undefined],
  ])('in %j reads %j', (text, essential) => {
    expect(readGoodsFacts(text).essential).toBe(essential);
  });
});

describe('goods facts: upper and outer sole (Chapter 64 note 4)', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['The upper is made of polyester textile material and the outer sole of rubber', 'textile', 'rubber-plastic'],
    ['The slippers have uppers and soles of suede pigskin leather', 'leather', 'leather'],
    ['Slipper with a suede leather upper and a soft suede leather sole', 'leather', 'leather'],
    [
      'Molded rubber sole with textile fabric adhered, the textile being in contact with the ground; cotton corduroy upper',
      'textile',
      'textile',
    ],
    ['A hat of straw', undefined, undefined],
  ])('reads %j', (text, upper, sole) => {
    const facts = readGoodsFacts(text);
    expect([facts.upper, facts.sole]).toEqual([upper, sole]);
  });
});
