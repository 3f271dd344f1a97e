import { readGoodsFacts } from './hs-goods-facts';
import { Decision, ruleFor } from './hs-gir-rules';
import { foldText } from './hs-text';

/** What the rule for `best`'s family decides for a description, when every subheading exists. */
function decide(best: string, text: string, has: (code: string) => boolean = () => true): Decision | undefined {
  return ruleFor(best)?.decide({ facts: readGoodsFacts(text), best, text: foldText(text).replace(/\s+/g, ' '), has, named: () => true });
}

describe('interpretive rules', () => {
  it.each<[string, string, string, string, RegExp]>([
    // Rugs: the heading by construction (GIR 1), the subheading by pile and predominating fibre (GIR 6).
    ['a hand-knotted wool rug', '570110', 'Hand knotted rug, pile of 100 percent wool on a cotton warp', '570110', /knotted, heading 5701/],
    [
      'a woven pile rug of a wool blend',
      '570110',
      'Rug of 80 % wool / 20 % cotton, hand-woven pile and non-pile areas, made up',
      '570241',
      /pile.*80 %/,
    ],
    ['a flat-woven wool and jute rug', '570210', 'Flat woven rug of 80 percent wool and 20 percent jute yarns', '570291', /not of pile/],
    ['a flat-woven cotton rug', '570210', 'Flat woven rug of 100 percent cotton yarns, hemmed', '570299', /cotton/],
    ['a kilim', '570291', 'Kilim of wool', '570210', /Kelem/],
    ['a braided rag rug', '570190', 'Rag rug of cotton fabric strips twisted into braids sewn together', '570500', /heading 5705/],
    ['a hand-tufted rug', '570110', 'Wool yarns hand tufted into a woven base cloth, latex backing', '570310', /tufted, heading 5703/],
    ['a rug of man-made fibres', '570110', 'Hand knotted rug of 100 percent polyester', '570190', /synthetic/],
    // Blankets, table linen, towels, scarves by fibre (GIR 6).
    ['a wool-rich throw', '630130', 'Throw of 53 percent wool and 47 percent acrylic, for warmth', '630120', /wool.*53 %/],
    ['a fleece throw', '630120', 'Throw of 100 percent polyester knit fleece', '630140', /synthetic/],
    ['a terry towel', '630291', 'Bath towel of 100 percent cotton terry toweling', '630260', /terry/],
    ['a cotton tablecloth', '630259', 'Tablecloth of 100 percent cotton woven fabric', '630251', /table linen/],
    ['a knitted shawl', '621420', 'Shawl of knit fabric of 50 percent wool and 50 percent acrylic', '611710', /knitted/],
    ['a silk scarf', '621420', 'Woven scarf of 100 percent silk', '621410', /silk/],
    // Poufs: stuffed pouffes are 9404; an empty cover is a furnishing article of 6304.
    ['a stuffed pouffe', '630493', 'Pouffe filled with polystyrene beads, used as a low seat', '940490', /9404 names pouffes/],
    ['a pouf cover', '940490', 'Pouf cover of 100 percent polyester, unstuffed, sold separately from the pouf', '630493', /6304/],
    ['a pillow shell', '630492', 'Pillow shell of cotton to be stuffed after importation', '630790', /6307/],
    // Footwear: Chapter 64 note 4.
    ['a textile slipper on a rubber sole', '640359', 'Slipper: upper of textile material, outer sole of rubber', '640419', /note 4/],
    [
      'a leather slipper covering the ankle',
      '640359',
      'Slippers with uppers and soles of suede leather, covering the ankle',
      '640351',
      /note 4/,
    ],
    [
      'a slipper whose textile touches the ground',
      '640419',
      'Cotton corduroy upper; textile fabric adhered to the sole is in contact with the ground',
      '640520',
      /note 4/,
    ],
    // Stone: agglomerated stone is artificial stone (6810).
    ['agglomerated marble tiles', '680291', 'Tiles of marble chips bonded with polyester resin', '681019', /6810/],
    ['a limestone mortar', '680291', 'Mortar and pestle of limestone', '680292', /calcareous/],
    // Base metal: ornaments in 8306, household articles in 7418.
    ['a brass ornament', '741980', 'Head of Buddha of brass; not utilitarian, decorative', '830629', /8306/],
    ['a brass tray', '830629', 'Serving tray of brass for food', '741810', /7418/],
    // Others.
    ['a framed mirror', '700991', 'Glass mirror framed in wood', '700992', /framed/],
    ['a mirror in a carved frame', '441490', 'Mirror with a carved wooden frame', '700992', /not a frame of 4414/],
    ['a mirror frame sold alone', '700992', 'Carved cedar frame for a mirror, mirror glass not included', '441490', /without its mirror/],
    // Chapter 33 note 3: an oil in retail packing for one use is a preparation of that use.
    ['an argan oil for the hair', '151590', 'Argan oil for dry hair, 50 ml dropper bottle', '330590', /note 3/],
    ['stemware', '701337', 'Hand-blown wine glasses, stemware', '701328', /stemware/],
    ['silver jewellery', '711719', 'Earrings of sterling silver', '711311', /silver/],
    ['brass earrings with silver ear wires', '711311', 'Brass earring with a sterling silver ear wire', '711719', /minor constituent/],
    ['a quartz wall clock', '910591', 'Wall clock, quartz movement, one AA battery', '910521', /wall clock/],
    ['a clock housed in a table', '940360', 'Quartz battery clock housed in the top of a wooden table', '910591', /clock/],
    ['a candle lantern', '940529', 'Lantern of tin with glass panels for a tealight', '940550', /non-electrical/],
    ['a ukulele', '920210', 'Soprano ukulele of plywood with nylon strings', '920290', /not played with a bow/],
    ['a shampoo', '330590', 'Moisturising shampoo in retail bottles', '330510', /shampoo/],
    ['a lip balm', '330499', 'Lip balm of argan oil and beeswax', '330410', /lip/],
    ['rose water', '330129', 'Distilled rose water, steam distillation of rose petals', '330190', /aqueous distillate/],
    ['rose oil', '330190', 'Rose essential oil by steam distillation of fresh rose petals', '330129', /essential oil/],
    ['a rattan basket', '460219', 'Basket of rattan rods and seagrass; the rattan gives the essential character', '460212', /3\(b\)/],
    ['a wooden jewellery box', '442019', 'Wooden jewelry box with a hinged lid', '442090', /4420/],
    ['a wooden statuette of ebony', '442019', 'Carved statuette of ebony', '442011', /tropical/],
    ['a leather wallet', '420232', 'Wallet of cowhide leather', '420231', /leather/],
    [
      'a wallet of textile and leather by its essential character',
      '420232',
      'Tri-fold wallet with an outer surface of cotton textile and leather; the leather, of higher value, imparts the essential character',
      '420231',
      /GIR 3\(b\): the leather/,
    ],
    ['a needleloom felt', '560221', 'Needleloom felt of wool and polyester', '560210', /needleloom/],
  ])('decides %s', (_case, best, text, code, because) => {
    expect(decide(best, text)).toEqual({ code, because: expect.stringMatching(because) });
  });

  it('names no subheading the nomenclature lacks', () => {
    const has = (code: string) => code !== '570241';
    expect(decide('570110', 'Rug of 80 % wool / 20 % cotton, hand-woven pile, made up', has)).toBeUndefined();
  });

  it('leaves rugs alone unless the product is named as a floor covering', () => {
    const facts = readGoodsFacts('Beach bag of woven palm leaves, cotton lining');
    const text = foldText('Beach bag of woven palm leaves, cotton lining');
    expect(ruleFor('570299')?.decide({ facts, best: '570299', text, has: () => true, named: (prefix) => prefix !== '57' })).toBeUndefined();
  });

  it('leaves the choice to the scores when the facts do not decide', () => {
    expect(decide('630120', 'Blanket')).toBeUndefined();
    expect(decide('640359', 'Babouches')).toBeUndefined();
    expect(decide('940360', 'Table')).toBeUndefined();
    expect(decide('151590', 'Argan oil in bulk drums, for hair care products')).toBeUndefined();
    expect(decide('151590', 'Argan oil for hair and skin')).toBeUndefined();
  });
});
