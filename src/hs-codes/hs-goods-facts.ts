import { foldText } from './hs-text';

/**
 * What a description says about the goods in the terms customs rules turn on: the textile fibres and
 * their shares (Section XI note 2 classifies a blend by the fibre predominating by weight), how the
 * goods are made (pile, flat-woven, braided, knitted, tufted, quilted, cast, agglomerated…), what they
 * are for (sitting, bed cover, ornament, hair, skin…), and the materials of a shoe's upper and outer
 * sole (Chapter 64 note 4). Pure functions over the folded text; rules in hs-gir-rules.ts read them.
 */

export type Fibre = 'wool' | 'cotton' | 'silk' | 'linen' | 'vegetable' | 'synthetic' | 'artificial';
export type Construction =
  | 'pile'
  | 'flat-woven'
  | 'kelem'
  | 'knotted'
  | 'tufted'
  | 'braided'
  | 'plaited'
  | 'knitted'
  | 'crocheted'
  | 'quilted'
  | 'felt'
  | 'needleloom'
  | 'terry'
  | 'woven'
  | 'cast'
  | 'carved'
  | 'hand-painted'
  | 'agglomerated'
  | 'turned'
  | 'sewn'
  | 'not-sewn';
export type Use =
  | 'sitting'
  | 'bed-cover'
  | 'ornament'
  | 'food'
  | 'drinking'
  | 'hair'
  | 'skin'
  | 'lips'
  | 'eyes'
  | 'bath'
  | 'warmth'
  | 'cleaning'
  | 'floor'
  | 'wall'
  | 'table'
  | 'light'
  | 'pocket'
  | 'carry'
  | 'wear'
  | 'music';
export type Flag =
  | 'stuffed'
  | 'unstuffed'
  | 'electric'
  | 'led'
  | 'non-electric'
  | 'retail'
  | 'bulk'
  | 'ankle'
  | 'stemware'
  | 'framed'
  | 'unframed'
  | 'lined'
  | 'distilled'
  | 'essential-oil'
  | 'made-up'
  | 'in-the-piece'
  | 'tropical-wood'
  | 'porcelain'
  | 'precious-minor'
  | 'upholstered';
export type SurfaceMaterial = 'leather' | 'textile' | 'rubber-plastic' | 'other';

export interface FibreShare {
  fibre: Fibre;
  /** Percent by weight as stated; undefined when the fibre is only named. */
  percent?: number;
}

export interface GoodsFacts {
  /** Fibres in the order stated, with their shares when given. */
  fibres: FibreShare[];
  /** The fibre predominating by weight (Section XI note 2), or the first named when no shares are given. */
  chiefFibre?: Fibre;
  /** Whether chiefFibre comes from stated percentages (firm) or from the order of naming. */
  chiefFromShares: boolean;
  constructions: Set<Construction>;
  uses: Set<Use>;
  flags: Set<Flag>;
  upper?: SurfaceMaterial;
  sole?: SurfaceMaterial;
  /** The component or material stated to give a composite article its essential character (GIR 3(b)). */
  essential?: string;
}

const FIBRE_WORDS: [Fibre, RegExp][] = [
  [
    'wool',
    /\b(wool|woollen|woolen|lambs ?wool|merino|cashmere|mohair|alpaca|angora|camel hair|pashmina|fine animal hair|laine|cachemire|صوف)\b/,
  ],
  ['cotton', /\b(cotton|coton|قطن)\b/],
  ['silk', /\b(silk|soie|حرير)\b/],
  ['linen', /\b(linen|flax|lin|كتان)\b/],
  ['vegetable', /\b(jute|sisal|hemp|ramie|coir|abaca|chanvre)\b/],
  [
    'synthetic',
    /\b(polyester|nylon|polyamide|acrylic|acrylique|polypropylene|polyproplylene|olefin|spandex|elastane|microfib(er|re)|man[- ]made|synthetic|synthetique)\b/,
  ],
  ['artificial', /\b(viscose|rayon|modal|lyocell|acetate|cactus silk|sabra)\b/],
];

/** The fibre a word names, if any. */
export function fibreOf(word: string): Fibre | undefined {
  return FIBRE_WORDS.find(([, re]) => re.test(word))?.[0];
}

const SHARE = /(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|pour ?cent)\s*(?:of\s+|by weight\s+|de\s+|d\s+)?([a-z][a-z' -]{1,30})/g;

/** "80 % wool / 20 % cotton", "70 percent polypropylene, 20 percent cotton": fibres with their shares. */
export function readFibreShares(folded: string): FibreShare[] {
  const found = new Map<Fibre, number>();
  for (const match of folded.matchAll(SHARE)) {
    const percent = Number(match[1].replace(',', '.'));
    if (!(percent > 0 && percent <= 100)) continue;
    // The fibre is the first fibre word right after the share ("80 percent wool and…").
    const words = match[2].split(/[^a-z]+/).slice(0, 3);
    for (let i = 0; i < words.length; i++) {
      const fibre = fibreOf(words.slice(i, i + 2).join(' ')) ?? fibreOf(words[i]);
      if (fibre) {
        found.set(fibre, (found.get(fibre) ?? 0) + percent);
        break;
      }
    }
  }
  return [...found].map(([fibre, percent]) => ({ fibre, percent }));
}

function namedFibres(folded: string): FibreShare[] {
  const positions: [number, Fibre][] = [];
  for (const [fibre, re] of FIBRE_WORDS) {
    const match = new RegExp(re.source, 'g').exec(folded);
    if (match) positions.push([match.index, fibre]);
  }
  return positions.sort((a, b) => a[0] - b[0]).map(([, fibre]) => ({ fibre }));
}

// Section XI note 2(A): when no fibre predominates, the heading occurring last in numerical order wins;
// man-made fibres (chapters 54-55) come after the natural ones (50-53).
const HEADING_ORDER: Fibre[] = ['silk', 'wool', 'cotton', 'linen', 'vegetable', 'synthetic', 'artificial'];

/** The fibre predominating by weight; synthetic and artificial fibres are taken together (note 2(B)(b)). */
export function chiefFibre(shares: FibreShare[]): Fibre | undefined {
  const stated = shares.filter((s) => s.percent !== undefined);
  if (stated.length === 0) return shares[0]?.fibre;
  const total = (fibre: Fibre) => stated.filter((s) => s.fibre === fibre).reduce((sum, s) => sum + s.percent!, 0);
  const manMade = total('synthetic') + total('artificial');
  const natural = HEADING_ORDER.filter((f) => f !== 'synthetic' && f !== 'artificial').map((f) => [f, total(f)] as const);
  const bestNatural = natural.reduce((best, next) => (next[1] >= best[1] ? next : best));
  if (manMade >= bestNatural[1] && manMade > 0) return total('artificial') > total('synthetic') ? 'artificial' : 'synthetic';
  return bestNatural[0];
}

const CONSTRUCTIONS: [Construction, RegExp][] = [
  ['pile', /\b(pile|cut pile|loop pile|shag|velour|velvet|velours)\b/],
  ['flat-woven', /\b(flat[- ]?woven|flat[- ]?weave|flatweave|tisse a plat|not of pile|without pile)\b/],
  ['kelem', /\b(kilim|kelim|kelem|klim|soumak|schumack|karamanie|dhurrie|durrie|hanbel|hanbal)\b/],
  [
    'knotted',
    /\b(hand[- ]?knotted|knotted by hand|knotted pile|pile .{0,20}knotted|noue main|noue a la main|berber knot)\b|\bknotted\b(?! fringe)/,
  ],
  ['tufted', /\b(tufted|tufts|tufting|hand[- ]?hooked|touffete|tufte)\b/],
  ['braided', /\b(braided|braids|braid)\b/],
  [
    'plaited',
    /\b(plaited|plaiting|plait|woven (?:of|from) (?:straw|seagrass|palm|raffia|rattan|willow|bamboo)|strips of (?:straw|paper|raffia|palm))\b/,
  ],
  ['knitted', /\b(knitted|knit|tricot|tricote|en maille|jersey|fleece)\b(?! (?:fabric )?strips)/],
  ['crocheted', /\b(crocheted|crochet)\b/],
  ['quilted', /\b(quilted|quilt stitch(?:ed|ing)?|matelasse)\b/],
  ['felt', /\b(felt|felted|feutre|numdha|namda)\b/],
  ['needleloom', /\b(needle ?loom|needle[- ]punched|needlepunched|stitch[- ]bonded)\b/],
  ['terry', /\b(terry|terry toweling|terry towelling|eponge|bouclette)\b/],
  // "woven fabric strips" and "woven fabric" name the material, not how the article is made.
  ['woven', /\b(woven|hand ?woven|loom|tisse|tissee|handloomed|hand[- ]loomed)\b(?! (?:fabric|cloth|textile|strips|and knit))/],
  ['cast', /\b(cast|moulded|molded|fonte)\b/],
  ['carved', /\b(carved|carving|sculpte|sculpted)\b/],
  ['hand-painted', /\b(hand[- ]?painted|peint a la main|painted)\b/],
  [
    'agglomerated',
    /\b(agglomerat\w*|bonded with .{0,30}resin|resin binder|bound with .{0,30}resin|mixed with .{0,20}resin|cultured marble|reconstituted stone|artificial stone|engineered stone)\b/,
  ],
  ['turned', /\bturned construction|turn(?:ed)? footwear|stitch and turn\b/],
  ['not-sewn', /\b(not sewn|not sewed|non cousu)\b/],
  ['sewn', /\b(sewn|sewed|stitched|cousu)\b/],
];

const USES: [Use, RegExp][] = [
  ['sitting', /\b(seat|seats|for sitting|to sit|sitting|footrest|foot rest|footstool|low seat|stool|siege|assise)\b/],
  ['bed-cover', /\b(bedspread|bed cover|bedcover|coverlet|couvre[- ]?lit|quilt|eiderdown|duvet)\b/],
  [
    'ornament',
    /\b(decorative|decoration|ornament|ornamental|for display|display only|display purposes|not utilitarian|figurine|statuette|decor|decoratif)\b/,
  ],
  [
    'food',
    /\b(food|serving|tableware|dinnerware|kitchenware|salad|soup|cooking|cook|cereal|pasta|casserole|platter|plates?|bowls?|dish|dishes)\b/,
  ],
  ['drinking', /\b(drinking|tumbler|beverage|wine|tea glass|shot glass|goblet|mug|cup)\b/],
  ['hair', /\b(hair|shampoo|scalp|beard|conditioner|cheveux|capillaire)\b/],
  ['skin', /\b(skin|face|facial|body|moisturi[sz]\w*|peau|visage|corps)\b/],
  ['lips', /\b(lip|lips|levres)\b/],
  ['eyes', /\b(eye|eyes|eyeliner|yeux)\b/],
  ['bath', /\b(bath water|bath preparation|foam bath|bath salts|bain moussant)\b/],
  ['warmth', /\b(warmth|against the cold|against cold|cool weather|protection against|keep warm)\b/],
  ['cleaning', /\b(cleaning|to clean|wax|detail|dust|duster|car wash)\b/],
  ['floor', /\b(floor|on the floor)\b/],
  ['wall', /\b(wall|hung|hang|hanging|mural)\b/],
  ['table', /\b(table|desk|bedside|mantel)\b/],
  ['light', /\b(light|lighting|lamp|lantern|candle|tealight|tea light|luminaire)\b/],
  ['pocket', /\b(wallet|billfold|purse|card case|card holder|pocket|coin)\b/],
  ['carry', /\b(bag|carry|tote|shoulder strap|handle)\b/],
  ['wear', /\b(worn|wearing|to wear|apparel|garment)\b/],
  ['music', /\b(musical|instrument|melod\w*|tune|tuned|played|plucked|strings?)\b/],
];

const FLAGS: [Flag, RegExp][] = [
  [
    'unstuffed',
    /\b(unstuffed|unfilled|without (?:filling|stuffing|insert)|sold separately from the pouf|to be stuffed|stuffed after import\w*|cover for a|shell casing|non rembourre|vide|housse)\b/,
  ],
  ['stuffed', /\b(stuffed|filled with|filling|fill|batting|foam beads|styrofoam|polystyrene|beads|rembourre|garni)\b/],
  ['led', /\bled\b|\bleds\b|light[- ]emitting diode/],
  [
    'electric',
    /\b(electric|electrical|electrically|battery|batteries|quartz|socket|bulb|volt|power cord|light cord|cord|plug|wired|switch|220v|230v|110v|e27|e14)\b/,
  ],
  ['non-electric', /\b(candle|candles|tealight|tea light|non[- ]electric\w*|oil lamp|bougie)\b/],
  ['retail', /\b(retail|bottle|bottles|jar|jars|tube|tubes|pouch|ml|oz|fl oz|dropper|packaged for|packed for|put up)\b/],
  ['bulk', /\b(in bulk|bulk|drums|totes|ibc)\b/],
  ['ankle', /\b(cover(?:s|ing)? the ankle|above the ankle|above-the-ankle|ankle boot|boot|boots|bottes?)\b/],
  ['stemware', /\b(stem|stemware|stemmed|goblet|wine glass|wine glasses|martini|champagne|flute glass)\b/],
  ['unframed', /\b(unframed|without frame|not framed|sans cadre)\b/],
  ['framed', /\b(framed|frame|encadre)\b/],
  ['lined', /\b(lined|lining|double)\b/],
  ['distilled', /\b(distill\w*|distillat\w*|hydrosol|floral water|flower water|aqueous)\b/],
  ['essential-oil', /\b(essential oil|huile essentielle|steam distillation of)\b/],
  ['in-the-piece', /\b(in the piece|in rolls|roll goods|not made up)\b/],
  ['made-up', /\b(made up|hemmed|fringe|bound edges|finished edges|selvedges?)\b/],
  ['tropical-wood', /\b(ebony|mahogany|teak|wenge|iroko|padauk|sapele|meranti|rosewood|acajou|teck|ebene|dalbergia)\b/],
  ['porcelain', /\b(porcelain|porcelaine|bone china|fine china)\b/],
  ['precious-minor', /\b(silver|gold|sterling) (?:ear ?wires?|posts?|clasp|findings|ear posts?)\b|\bminor constituents?\b/],
  ['upholstered', /\b(upholster\w*|padded seat|cushioned seat|foam padding)\b/],
];

const LEATHER = /\b(leather|suede|cowhide|pigskin|goatskin|sheepskin|lambskin|nubuck|cuir|daim|ostrich|snake ?skin|split leather)\b/;
const TEXTILE =
  /\b(textile|fabric|cloth|canvas|corduroy|felt|terry|velvet|velour|knit|wool|cotton|polyester|nylon|satin|linen|tissu|velours)\b/;
const RUBBER_PLASTIC = /\b(rubber|plastic|plastics|pvc|eva|polyurethane|thermoplastic|tpr|caoutchouc|rubber\/plastic)\b/;

function surface(text: string | undefined): SurfaceMaterial | undefined {
  if (!text) return undefined;
  const hits: [SurfaceMaterial, number][] = (
    [
      ['leather', LEATHER.exec(text)?.index ?? -1],
      ['textile', TEXTILE.exec(text)?.index ?? -1],
      ['rubber-plastic', RUBBER_PLASTIC.exec(text)?.index ?? -1],
    ] as [SurfaceMaterial, number][]
  ).filter(([, at]) => at >= 0);
  return hits.sort((a, b) => a[1] - b[1])[0]?.[0];
}

/**
 * The upper's and outer sole's materials, from "an upper of textile material and an outer sole of
 * rubber" or "suede leather upper … leather sole"; Chapter 64 note 4(b): the sole's material is the one
 * in contact with the ground.
 */
function footwearSurfaces(folded: string): { upper?: SurfaceMaterial; sole?: SurfaceMaterial } {
  const both = surface(/\buppers? and (?:outer ?)?soles? (?:are )?(?:both )?(?:made )?of\s+([^.;]{0,40})/.exec(folded)?.[1]);
  if (both) return { upper: both, sole: both };
  const upper =
    surface(
      /\bupper(?:s)?(?: external surface)?(?: area)?(?: is| are| consists| composed| made)?(?: predominately| predominantly| mostly)?(?: made)?(?: entirely)? (?:of|from)\s+([^.;]{0,60})/.exec(
        folded,
      )?.[1],
    ) ??
    surface(
      /([a-z ]{0,40})\bupper\b/
        .exec(folded)?.[1]
        ?.split(/\b(and|with|a|an)\b/)
        .pop(),
    );
  let sole: SurfaceMaterial | undefined;
  if (
    /\b(textile|fabric)\b[^.]{0,80}\b(in contact with the ground|contact with the ground)\b/.test(folded) ||
    /\bcontact with the ground is textile\b/.test(folded)
  ) {
    sole = 'textile';
  }
  sole ??=
    surface(
      /\b(?:outer ?soles?|outsoles?|soles?)(?: unit)?(?: is| are| consists| composed| made| constructed)?(?: entirely)?(?: made)? (?:of|from)\s+([^.;]{0,60})/.exec(
        folded,
      )?.[1],
    ) ??
    surface(
      /([a-z/ ]{0,30})\b(?:outer ?soles?|outsoles?|soles?)\b/
        .exec(folded)?.[1]
        ?.split(/\b(and|with|a|an)\b/)
        .pop(),
    );
  return { upper, sole };
}

// Words that name a fibre without being one ("table linen", "non-porcelain") or negate a material.
const NOT_A_MATERIAL =
  /\b(table|bed|toilet|kitchen) linen\b|\b(non|not|other than|not of)[- ](porcelain|lead crystal|leather)\b|\bnot (lead crystal|porcelain)\b|\b(polyester|acrylic|epoxy|polyurethane) (resin|paint|coating|lacquer)\b/g;

const ESSENTIAL = [
  /\bessential character (?:of [^.]{0,40} )?(?:is |was )?(?:imparted|given|provided|conferred) by (?:the )?([a-z]+(?: [a-z]+)?)/,
  /\b(?:the )?([a-z]+(?: [a-z]+)??)(?: (?:component|components|frame|rods|strips))?(?:, [^,.]{0,30},)? (?:imparts?|gives?|provides?|confers?) (?:the |its )?essential character/,
  /\b(?:made )?(?:essentially|mainly|mostly|predominantly) (?:made )?of ([a-z]+(?: [a-z]+)?)/,
];

/** "the essential character is imparted by the wrought iron": the material named, if any. */
function essentialMaterial(folded: string): string | undefined {
  for (const re of ESSENTIAL) {
    const named = re.exec(folded)?.[1];
    if (named) return named.replace(/^(the|its|a|an) /, '');
  }
  return undefined;
}

export function readGoodsFacts(text: string): GoodsFacts {
  const raw = foldText(text).replace(/\s+/g, ' ');
  const folded = raw.replace(NOT_A_MATERIAL, ' ');
  const shares = readFibreShares(folded);
  const fibres = shares.length > 0 ? shares : namedFibres(folded);
  const constructions = new Set(CONSTRUCTIONS.filter(([, re]) => re.test(raw)).map(([c]) => c));
  const uses = new Set(USES.filter(([, re]) => re.test(folded)).map(([u]) => u));
  const flags = new Set(FLAGS.filter(([, re]) => re.test(folded)).map(([f]) => f));
  // "unstuffed" and "stuffed after importation" both match "stuffed": the explicit negation wins.
  if (flags.has('unstuffed') && !/\b(is|are|completely|fully) (stuffed|filled)\b/.test(folded)) flags.delete('stuffed');
  if (flags.has('unframed')) flags.delete('framed');
  if (constructions.has('not-sewn')) constructions.delete('sewn');
  // "pile and non-pile areas" is still a rug of pile construction.
  if (
    constructions.has('pile') &&
    /\b(non[- ]pile|not of pile|without pile)\b/.test(folded) &&
    !/\bpile (and|or) non[- ]pile\b/.test(folded)
  ) {
    constructions.delete('pile');
  }
  return {
    fibres,
    chiefFibre: chiefFibre(fibres),
    chiefFromShares: shares.length > 0,
    constructions,
    uses,
    flags,
    ...footwearSurfaces(folded),
    essential: essentialMaterial(raw),
  };
}
