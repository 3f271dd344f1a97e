import { Fibre, GoodsFacts } from './hs-goods-facts';

/**
 * The General Interpretive Rules where they decide between subheadings a customs officer would weigh:
 * once the goods' family is known (rugs, blankets, footwear, stone…), GIR 1 picks the heading from the
 * heading texts and the section or chapter notes (a rug's construction, a shoe's upper and outer sole,
 * agglomerated stone), GIR 3(b) lets the material giving the essential character speak for a composite
 * article, and GIR 6 picks the subheading by the same reasoning one level down (a blend by its
 * predominating fibre). Each rule is a pure function of the facts read from the description.
 */

export interface RuleContext {
  facts: GoodsFacts;
  /** The best-scoring candidate inside the rule's scope: its family and kind. */
  best: string;
  /** The folded description, for the few words a rule reads directly. */
  text: string;
  /** Whether the nomenclature holds a subheading: a rule never names a code that does not exist. */
  has(code: string): boolean;
  /** Whether a product named in the input (not just a word of the nomenclature) points into a chapter or heading. */
  named(prefix: string): boolean;
}

export interface Decision {
  code: string;
  /** "GIR 6: wool predominates (80 %)": the terms and the rule that decided. */
  because: string;
}

export interface GirRule {
  /** Code prefixes (chapters, headings, subheadings) the rule decides between. */
  scope: readonly string[];
  /**
   * Which candidates the decision answers for: those of the decided code's group step back. By default
   * the whole scope; a rule that only reads the material (4202) leaves other kinds of article alone.
   */
  group?(code: string): string;
  decide(ctx: RuleContext): Decision | undefined;
}

const FIBRE_NAME: Record<Fibre, string> = {
  wool: 'wool or fine animal hair',
  cotton: 'cotton',
  silk: 'silk',
  linen: 'flax',
  vegetable: 'vegetable fibres',
  synthetic: 'synthetic fibres',
  artificial: 'artificial fibres',
};

/** "wool predominates by weight (80 %)" or "of wool" when only named. */
function fibreReason(facts: GoodsFacts): string {
  const fibre = facts.chiefFibre!;
  const share = facts.fibres.find((f) => f.fibre === fibre)?.percent;
  if (!facts.chiefFromShares) return `of ${FIBRE_NAME[fibre]}`;
  const manMade = fibre === 'synthetic' || fibre === 'artificial';
  const total = manMade
    ? facts.fibres.filter((f) => f.fibre === 'synthetic' || f.fibre === 'artificial').reduce((s, f) => s + (f.percent ?? 0), 0)
    : share;
  return `${FIBRE_NAME[fibre]} predominate${manMade || fibre === 'vegetable' ? '' : 's'} by weight (${total} %, Section XI note 2)`;
}

/** The first existing code among the candidates. */
function first(ctx: RuleContext, ...codes: string[]): string | undefined {
  return codes.find((code) => ctx.has(code));
}

function decision(ctx: RuleContext, because: string, ...codes: string[]): Decision | undefined {
  const code = first(ctx, ...codes);
  return code ? { code, because } : undefined;
}

/** The last digit of a textile subheading by fibre: wool 1, man-made 2, others 9 (5701-5703, 6302…). */
function fibreDigit(
  fibre: Fibre | undefined,
  digits: { wool?: string; cotton?: string; synthetic?: string; artificial?: string; other: string },
): string {
  switch (fibre) {
    case 'wool':
      return digits.wool ?? digits.other;
    case 'cotton':
      return digits.cotton ?? digits.other;
    case 'synthetic':
      return digits.synthetic ?? digits.other;
    case 'artificial':
      return digits.artificial ?? digits.synthetic ?? digits.other;
    default:
      return digits.other;
  }
}

const has = (facts: GoodsFacts, ...what: string[]): boolean =>
  what.some((w) => facts.constructions.has(w as never) || facts.uses.has(w as never) || facts.flags.has(w as never));

/** Chapter 57: the heading by construction (GIR 1), the subheading by pile and fibre (GIR 6). */
const RUGS: GirRule = {
  scope: ['57'],
  decide(ctx) {
    const { facts } = ctx;
    // "Woven" alone does not make a rug: the product must be named as a floor covering.
    if (!ctx.named('57')) return undefined;
    const fibre = facts.chiefFibre;
    const of = fibre ? `; GIR 6: ${fibreReason(facts)}` : '';
    const woven = has(facts, 'woven', 'flat-woven', 'kelem');
    // The construction stated decides the heading; without one, the heading of the best candidate stands.
    const heading = has(facts, 'tufted')
      ? '5703'
      : has(facts, 'knotted') && !has(facts, 'kelem', 'flat-woven')
        ? '5701'
        : woven
          ? '5702'
          : has(facts, 'felt')
            ? '5704'
            : has(facts, 'braided')
              ? '5705'
              : ctx.best.slice(0, 4);
    const stated = heading !== ctx.best.slice(0, 4) || has(facts, 'tufted', 'knotted', 'woven', 'flat-woven', 'kelem', 'felt', 'braided');
    const how = stated
      ? { '5701': 'knotted', '5702': 'woven', '5703': 'tufted', '5704': 'of felt', '5705': 'braided or other' }[heading]
      : undefined;
    const gir1 = how ? `GIR 1: ${how}, heading ${heading}` : `heading ${heading}`;
    switch (heading) {
      case '5701':
        return decision(ctx, `${gir1}${of}`, fibre === 'wool' ? '570110' : '570190');
      case '5703':
        return decision(ctx, `${gir1}${of}`, `5703${fibreDigit(fibre, { wool: '10', synthetic: '39', other: '90' })}`, '570390');
      case '5704':
        return decision(ctx, gir1, '570490');
      case '5705':
        return decision(ctx, `${gir1}: neither knotted, woven, tufted nor of felt`, '570500');
      case '5702': {
        if (has(facts, 'kelem')) return decision(ctx, 'GIR 1: hand-woven Kelem, Schumack or similar rug, 5702.10', '570210');
        if (/\bcoir\b/.test(ctx.text)) return decision(ctx, 'GIR 6: floor covering of coir, 5702.20', '570220');
        const pile = has(facts, 'pile') && !facts.constructions.has('flat-woven');
        const madeUp = !facts.flags.has('in-the-piece');
        const group = pile ? (madeUp ? '57024' : '57023') : madeUp ? '57029' : '57025';
        const digit = group === '57025' ? '0' : fibreDigit(fibre, { wool: '1', synthetic: '2', other: '9' });
        const kind = pile ? 'of pile construction' : 'not of pile construction';
        return decision(
          ctx,
          `${gir1}; GIR 6: ${kind}${madeUp ? ', made up' : ''}${fibre ? `, ${fibreReason(facts)}` : ''}`,
          `${group}${digit}`,
        );
      }
      default:
        return undefined;
    }
  },
};

const BLANKETS: GirRule = {
  scope: ['6301'],
  decide(ctx) {
    const { facts } = ctx;
    if (!facts.chiefFibre || ctx.best === '630110') return undefined;
    const code = `6301${fibreDigit(facts.chiefFibre, { wool: '20', cotton: '30', synthetic: '40', other: '90' })}`;
    return decision(ctx, `GIR 6: blanket, ${fibreReason(facts)}`, code);
  },
};

/** Heading 6302 by kind (from the best candidate) and fibre; terry toilet linen of cotton is 6302.60. */
const LINEN: GirRule = {
  scope: ['6302'],
  decide(ctx) {
    const { facts, best } = ctx;
    const fibre = facts.chiefFibre;
    const knitted = has(facts, 'knitted', 'crocheted');
    const table =
      /^6302(4|5)/.test(best) || /\b(tablecloth|table cloth|napkin|place ?mat|table runner|table linen|table topper)\b/.test(ctx.text);
    if (table) {
      if (knitted) return decision(ctx, 'GIR 6: table linen, knitted or crocheted', '630240');
      const digit = fibreDigit(fibre, { cotton: '1', synthetic: '3', artificial: '3', other: '9' });
      return decision(ctx, `GIR 6: table linen${fibre ? `, ${fibreReason(facts)}` : ''}`, `63025${digit}`);
    }
    const toilet = /^6302(6|9)/.test(best) || /\b(towel|washcloth|wash cloth|bath|kitchen)\b/.test(ctx.text);
    if (toilet) {
      if (has(facts, 'terry') && (fibre === 'cotton' || !fibre))
        return decision(ctx, 'GIR 6: toilet or kitchen linen of cotton terry towelling, 6302.60', '630260');
      const digit = fibreDigit(fibre, { cotton: '1', synthetic: '3', artificial: '3', other: '9' });
      return decision(ctx, `GIR 6: toilet or kitchen linen${fibre ? `, ${fibreReason(facts)}` : ''}`, `63029${digit}`);
    }
    return undefined;
  },
};

/** Heading 6304: bedspreads, then other furnishing articles by construction and fibre. */
const FURNISHINGS: GirRule = {
  scope: ['6304'],
  decide(ctx) {
    const { facts, best } = ctx;
    const knitted = has(facts, 'knitted', 'crocheted');
    if (/^63041/.test(best) || facts.uses.has('bed-cover')) return decision(ctx, 'GIR 6: bedspread', knitted ? '630411' : '630419');
    if (knitted) return decision(ctx, 'GIR 6: furnishing article, knitted or crocheted', '630491');
    if (!facts.chiefFibre) return undefined;
    const digit = fibreDigit(facts.chiefFibre, { cotton: '2', synthetic: '3', other: '9' });
    return decision(ctx, `GIR 6: furnishing article not knitted, ${fibreReason(facts)}`, `63049${digit}`);
  },
};

/** Shawls and scarves: knitted ones are 6117.10; woven ones by fibre in 6214. */
const SHAWLS: GirRule = {
  scope: ['6214', '611710'],
  decide(ctx) {
    const { facts } = ctx;
    if (has(facts, 'knitted', 'crocheted')) return decision(ctx, 'GIR 1: shawl or scarf, knitted or crocheted (6117)', '611710');
    if (!facts.chiefFibre) return undefined;
    const digit = fibreDigit(facts.chiefFibre, { wool: '20', synthetic: '30', artificial: '40', other: '90' });
    const code = facts.chiefFibre === 'silk' ? '621410' : `6214${digit}`;
    return decision(ctx, `GIR 6: shawl or scarf, ${fibreReason(facts)}`, code);
  },
};

/** Chapter 64 note 4: the upper's and the outer sole's constituent materials decide the heading. */
const FOOTWEAR: GirRule = {
  scope: ['6402', '6403', '6404', '6405'],
  decide(ctx) {
    const { upper, sole } = ctx.facts;
    const ankle = ctx.facts.flags.has('ankle');
    const why = `Chapter 64 note 4: upper of ${upper ?? 'unstated material'}, outer sole of ${sole ?? 'unstated material'}`;
    if (upper === 'leather') {
      if (sole === 'leather') return decision(ctx, `GIR 1: ${why}`, ankle ? '640351' : '640359');
      if (sole === 'rubber-plastic') return decision(ctx, `GIR 1: ${why}`, ankle ? '640391' : '640399');
      if (sole === 'textile') return decision(ctx, `GIR 1: ${why}`, '640510');
      return undefined;
    }
    if (upper === 'textile') {
      if (sole === 'rubber-plastic') return decision(ctx, `GIR 1: ${why}`, '640419');
      if (sole === 'leather') return decision(ctx, `GIR 1: ${why}`, '640420');
      if (sole === 'textile') return decision(ctx, `GIR 1: ${why}`, '640520');
      return undefined;
    }
    if (upper === 'rubber-plastic' && sole === 'rubber-plastic') return decision(ctx, `GIR 1: ${why}`, ankle ? '640291' : '640299');
    if (!upper && sole === 'textile') return decision(ctx, `GIR 1: ${why}`, '640520');
    return undefined;
  },
};

/** Heading 4202 by kind (the best candidate's group) and the outer surface's material. */
const CASES: GirRule = {
  scope: ['4202'],
  group: (code) => code.slice(0, 5),
  decide(ctx) {
    const group = /^4202(1|2|3|9)/.exec(ctx.best)?.[1];
    if (!group) return undefined;
    // The outer surface: the material giving the essential character when stated (GIR 3(b)), else the
    // material named first (the title before the details).
    const LEATHER = /\b(leather|cowhide|suede|ostrich|snake ?skin|lambskin|goatskin|cuir)\b/;
    const SHEETING =
      /\b(plastics?|vinyl|pvc|polyurethane|textile|fabric|cotton|polyester|nylon|canvas|jute|kilim|wool|laine|tissu|coton)\b/;
    const essential = ctx.facts.essential;
    const why =
      essential && (LEATHER.test(essential) || SHEETING.test(essential))
        ? `GIR 3(b): the ${essential} gives the essential character; `
        : '';
    const source = why ? essential! : ctx.text;
    const leather = LEATHER.exec(source)?.index ?? Infinity;
    const sheeting = SHEETING.exec(source)?.index ?? Infinity;
    const kind = { '1': 'trunk or case', '2': 'handbag', '3': 'article carried in the pocket or handbag', '9': 'other bag or case' }[group];
    if (leather < sheeting) return decision(ctx, `${why}GIR 6: ${kind} with outer surface of leather`, `4202${group}1`);
    if (sheeting < leather) return decision(ctx, `${why}GIR 6: ${kind} with outer surface of plastic sheeting or textile`, `4202${group}2`);
    return undefined;
  },
};

/** Heading 4420: statuettes and ornaments by wood (tropical or not), boxes and caskets in 4420.90. */
const WOOD_ARTICLES: GirRule = {
  scope: ['4420'],
  decide(ctx) {
    const { facts } = ctx;
    if (/\b(box|boxes|casket|caskets|chest|coffret|jewel\w* box)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 1: casket or box of wood, heading 4420; GIR 6: 4420.90', '442090');
    }
    if (/^44201/.test(ctx.best) || facts.uses.has('ornament') || /\b(statue|statuette|figure|figurine|carving|carvings)\b/.test(ctx.text)) {
      return facts.flags.has('tropical-wood')
        ? decision(ctx, 'GIR 6: statuette or ornament of tropical wood', '442011')
        : decision(ctx, 'GIR 6: statuette or ornament of wood other than tropical', '442019');
    }
    return undefined;
  },
};

/** Heading 4602: basketwork by the plaiting material giving the essential character (GIR 3(b)). */
const BASKETS: GirRule = {
  scope: ['4602'],
  decide(ctx) {
    const essential =
      /\b(rattan|bamboo|willow|seagrass|palm|straw|raffia|hyacinth)\b/.exec(ctx.facts.essential ?? '')?.[1] ??
      /(?:essential character[^.]{0,60}|greater portion[^.]{0,30})\b(rattan|bamboo|willow|seagrass|palm|straw|raffia|hyacinth)/.exec(
        ctx.text,
      )?.[1];
    const named = /\b(rattan|bamboo|willow|seagrass|sea grass|palm|doum|straw|raffia|rush|reed|hyacinth|wicker|osier|plastic)\b/.exec(
      ctx.text,
    )?.[1];
    const material = essential ?? named;
    if (!material) return undefined;
    const why = essential ? `GIR 3(b): ${material} gives the essential character` : `GIR 6: of ${material}`;
    if (material === 'bamboo') return decision(ctx, why, '460211');
    if (material === 'rattan') return decision(ctx, why, '460212');
    if (material === 'plastic') return decision(ctx, why, '460290');
    return decision(ctx, why, '460219');
  },
};

/** Stone: agglomerated stone is artificial stone of 6810 (EN 68.02); worked natural stone by kind. */
const STONE: GirRule = {
  scope: ['6802', '6810'],
  decide(ctx) {
    if (ctx.facts.constructions.has('agglomerated')) {
      const tiles = /\b(tiles?|flagstones?|pavers?)\b/.test(ctx.text) && !/\bslabs?\b[^.]{0,40}\b(120|large|countertop)/.test(ctx.text);
      return decision(
        ctx,
        `GIR 1: stone agglomerated with a binder is artificial stone (EN 68.02), heading 6810${tiles ? '; tiles, 6810.19' : ''}`,
        tiles ? '681019' : '681099',
      );
    }
    if (/\b(limestone|calcareous|calcaire)\b/.test(ctx.text)) return decision(ctx, 'GIR 6: other calcareous stone', '680292');
    if (/\b(marble|travertine|alabaster|onyx|marbre)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: marble, travertine or alabaster', '680291');
    if (/\b(granite|granit)\b/.test(ctx.text)) return decision(ctx, 'GIR 6: granite', '680293');
    return undefined;
  },
};

/** Chapter 69: porcelain or china against other ceramics, one level down (GIR 6). */
const CERAMICS: GirRule = {
  scope: ['6911', '6912', '6913', '6914'],
  decide(ctx) {
    const porcelain = ctx.facts.flags.has('porcelain');
    const heading = ctx.best.slice(0, 4);
    if (heading === '6911' || heading === '6912')
      return porcelain ? decision(ctx, 'GIR 1: tableware of porcelain or china, 6911', '691110') : undefined;
    if (heading === '6913')
      return decision(
        ctx,
        `GIR 6: ornamental ceramic article${porcelain ? ' of porcelain' : ', other than porcelain'}`,
        porcelain ? '691310' : '691390',
      );
    if (heading === '6914') return decision(ctx, 'GIR 6: other ceramic article', porcelain ? '691410' : '691490');
    return undefined;
  },
};

/** A framed mirror is a glass mirror of 7009 (GIR 1); heading 4414 is for wooden frames alone. */
const MIRRORS: GirRule = {
  scope: ['7009', '4414'],
  decide(ctx) {
    if (!/\b(mirrors?|miroirs?|glass)\b/.test(ctx.text)) return undefined;
    const frameAlone =
      /\b(not included|without (?:the )?(?:mirror|glass)|sans miroir)\b/.test(ctx.text) ||
      (/\b(mirror frames?|frames? for (?:a )?mirrors?|cadres? de miroir)\b/.test(ctx.text) &&
        !/\b(glass|with (?:a )?mirror|framed mirror)\b/.test(ctx.text));
    if (frameAlone) {
      if (/\b(brass|copper|iron|metal|steel|tin)\b/.test(ctx.text))
        return decision(ctx, 'GIR 1: a frame sold without its mirror is a frame of base metal, 8306.30', '830630');
      return decision(
        ctx,
        'GIR 1: a frame sold without its mirror is a wooden frame of 4414',
        ctx.facts.flags.has('tropical-wood') ? '441410' : '441490',
      );
    }
    if (ctx.best.startsWith('4414') && /\b(mirrors?|miroirs?)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 1: a glass mirror in its frame is a mirror of 7009, not a frame of 4414; GIR 6: framed', '700992');
    }
    if (ctx.facts.flags.has('framed')) return decision(ctx, 'GIR 6: glass mirror, framed', '700992');
    if (ctx.facts.flags.has('unframed')) return decision(ctx, 'GIR 6: glass mirror, unframed', '700991');
    return undefined;
  },
};

const GLASSWARE: GirRule = {
  scope: ['7013'],
  decide(ctx) {
    const crystal = /\blead crystal\b/.test(ctx.text) && !/\b(not|no|other than|non)[- ](of )?lead crystal\b/.test(ctx.text);
    if (ctx.facts.flags.has('stemware')) return decision(ctx, 'GIR 6: stemware drinking glasses', crystal ? '701322' : '701328');
    if (ctx.facts.uses.has('drinking') || /\b(drinking glass|tea glass|glasses|tumblers?)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 6: drinking glasses other than stemware', crystal ? '701333' : '701337');
    }
    return undefined;
  },
};

/** Jewellery: silver or gold against imitation jewellery; precious metal as a minor constituent does not count. */
const JEWELLERY: GirRule = {
  scope: ['7113', '7117'],
  decide(ctx) {
    const minor = ctx.facts.flags.has('precious-minor') && /\b(brass|base metal|copper|steel|alloy|laiton)\b/.test(ctx.text);
    if (minor)
      return decision(ctx, 'Chapter 71 note 2(a): precious metal only as a minor constituent; imitation jewellery of base metal', '711719');
    if (/\b(silver plated|gold plated|plated|plaque)\b/.test(ctx.text) && /\b(base metal|brass|copper|alloy)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 1: imitation jewellery of base metal plated with precious metal', '711719');
    }
    if (/\b(sterling|silver|925|argent)\b/.test(ctx.text)) return decision(ctx, 'GIR 6: jewellery of silver', '711311');
    if (/\b(gold|18k|14k|or massif)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: jewellery of precious metal other than silver', '711319');
    return undefined;
  },
};

/** Heading 9401 by frame (wood, metal, none) and upholstery. */
function seat(ctx: RuleContext): Decision | undefined {
  const upholstered = ctx.facts.flags.has('upholstered') || ctx.facts.flags.has('stuffed') || /\b(cushion|padded|foam)\b/.test(ctx.text);
  const frame = /\b(wooden|wood|timber|acacia|teak|oak|beech|mdf|bois)\b[^.]{0,20}\b(frame|legs)\b|\bframe[^.]{0,40}\b(wood|wooden)\b/.test(
    ctx.text,
  )
    ? 'wood'
    : /\b(iron|steel|metal|aluminium|aluminum|fer)\b[^.]{0,20}\b(frame|legs)\b|\bframe[^.]{0,40}\b(iron|steel|metal)\b/.test(ctx.text)
      ? 'metal'
      : undefined;
  if (frame === 'wood')
    return decision(
      ctx,
      `GIR 6: seat with a wooden frame, ${upholstered ? 'upholstered' : 'not upholstered'}`,
      upholstered ? '940161' : '940169',
    );
  if (frame === 'metal')
    return decision(
      ctx,
      `GIR 6: seat with a metal frame, ${upholstered ? 'upholstered' : 'not upholstered'}`,
      upholstered ? '940171' : '940179',
    );
  if (/\b(no frame|frameless|without (a )?frame|stuffed internally|filled with|weighted)\b/.test(ctx.text))
    return decision(ctx, 'GIR 6: other seat, without a frame of wood or metal', '940180');
  return undefined;
}

/** Clocks, and the furniture they may be housed in: Chapter 94 note 1(k) sends clocks to chapter 91. */
const CLOCKS: GirRule = {
  scope: ['9105', '9401', '9403'],
  decide(ctx) {
    if (!/\b(clocks?|horloge|pendule)\b/.test(ctx.text)) return ctx.best.startsWith('9401') ? seat(ctx) : undefined;
    const electric = ctx.facts.flags.has('electric');
    const alarm = /\balarm\b/.test(ctx.text);
    const wall = /\bwall\b/.test(ctx.text);
    const group = alarm ? '91051' : wall ? '91052' : '91059';
    const kind = alarm ? 'alarm clock' : wall ? 'wall clock' : 'other clock (table, desk, mantel)';
    return decision(
      ctx,
      `GIR 6: ${kind}, ${electric ? 'electrically operated (battery, quartz)' : 'not electric'}`,
      `${group}${electric ? '1' : '9'}`,
    );
  },
};

const LIGHTING: GirRule = {
  scope: ['9405'],
  decide(ctx) {
    const { flags } = ctx.facts;
    if (flags.has('non-electric') && !flags.has('electric'))
      return decision(ctx, 'GIR 6: non-electrical luminaire (candle holder, lantern)', '940550');
    if (!flags.has('electric') && !flags.has('led')) return undefined;
    const led = flags.has('led') && !/\b(socket|bulb|e27|e14)\b/.test(ctx.text);
    const table = /^94052/.test(ctx.best) || /\b(table|desk|bedside|floor[- ]standing|floor lamp)\b/.test(ctx.text);
    const group = table ? '94052' : /^94051/.test(ctx.best) ? '94051' : undefined;
    if (!group) return undefined;
    return decision(
      ctx,
      `GIR 6: electric ${table ? 'table, desk or floor lamp' : 'ceiling or wall fitting'}${led ? ' for LED light sources only' : ''}`,
      `${group}${led ? '1' : '9'}`,
    );
  },
};

const STRINGS: GirRule = {
  scope: ['9202'],
  decide(ctx) {
    const bowed = /\b(bow|bowed|violin|viola|cello|rebab|rabab|kamanja)\b/.test(ctx.text);
    return decision(
      ctx,
      bowed ? 'GIR 6: string instrument played with a bow' : 'GIR 6: string instrument not played with a bow (plucked or strummed)',
      bowed ? '920210' : '920290',
    );
  },
};

/** Chapter 33 note 3 and heading 3305: hair preparations; shampoos have their own subheading. */
const HAIR: GirRule = {
  scope: ['3305'],
  decide(ctx) {
    if (/\bshampoo/.test(ctx.text)) return decision(ctx, 'GIR 6: shampoo', '330510');
    if (/\b(perm|perming|permanent wav\w*|straighten\w*|relaxer)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: preparation for permanent waving or straightening', '330520');
    if (/\b(hair ?spray|hair lacquer)\b/.test(ctx.text)) return decision(ctx, 'GIR 6: hair lacquer', '330530');
    return decision(ctx, 'GIR 6: other preparation for use on the hair', '330590');
  },
};

const BEAUTY: GirRule = {
  scope: ['3304'],
  decide(ctx) {
    const { uses } = ctx.facts;
    if (uses.has('lips')) return decision(ctx, 'GIR 6: lip make-up or care preparation', '330410');
    if (/\b(kohl|khol|kajal|mascara|eye ?shadow|eye ?liner|eye make-?up|for the eyes|eye cream)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: eye make-up preparation', '330420');
    if (/\b(nail|manicure|pedicure)\b/.test(ctx.text)) return decision(ctx, 'GIR 6: manicure or pedicure preparation', '330430');
    if (/\bpowders?\b/.test(ctx.text)) return decision(ctx, 'GIR 6: powder, whether or not compressed', '330491');
    if (uses.has('skin')) return decision(ctx, 'GIR 6: other beauty or skin-care preparation', '330499');
    return undefined;
  },
};

/** Heading 3301: an aqueous distillate (rose water) is 3301.90; the essential oil itself 3301.29. */
const ESSENTIAL_OILS: GirRule = {
  scope: ['3301'],
  decide(ctx) {
    const { flags } = ctx.facts;
    if (flags.has('distilled') && /\bwater\b/.test(ctx.text))
      return decision(ctx, 'GIR 1: aqueous distillate of essential oils (flower water), 3301.90', '330190');
    if (flags.has('essential-oil') || /\b(rose|geranium|neroli|jasmine|lavender|rosemary)\b[^.]{0,20}\boil\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 6: essential oil other than of citrus fruit, 3301.29', '330129');
    }
    return undefined;
  },
};

const SOAP: GirRule = {
  scope: ['3401'],
  decide(ctx) {
    if (/\b(liquid|gel|cream)\b/.test(ctx.text) && /\b(wash|washing|shower|soap)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: liquid or cream for washing the skin, retail', '340130');
    if (/\b(paste|black soap|savon noir|beldi|soft soap)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: soap in other forms (paste)', '340120');
    if (/\b(bars?|cakes?|molded|moulded|shapes?)\b/.test(ctx.text)) {
      return /\b(laundry|household|industrial|dish|washing clothes|linge)\b/.test(ctx.text)
        ? decision(ctx, 'GIR 6: soap in bars, other than for toilet use', '340119')
        : decision(ctx, 'GIR 6: soap in bars for toilet use', '340111');
    }
    return undefined;
  },
};

const FELT: GirRule = {
  scope: ['5602'],
  decide(ctx) {
    const { facts } = ctx;
    if (/\b(impregnated|coated|covered|laminated)\b/.test(ctx.text))
      return decision(ctx, 'GIR 6: felt impregnated, coated, covered or laminated', '560290');
    if (facts.constructions.has('needleloom')) return decision(ctx, 'GIR 6: needleloom felt', '560210');
    if (facts.chiefFibre === 'wool') return decision(ctx, 'GIR 6: felt of wool, not needleloom', '560221');
    if (facts.chiefFibre) return decision(ctx, 'GIR 6: felt of other textile materials', '560229');
    return undefined;
  },
};

/**
 * Poufs and their covers: heading 9404 names pouffes "stuffed or internally fitted"; a cover sold
 * empty is a furnishing article of 6304 by its fibre (or of leather, 4205), never 9404.
 */
const POUFS: GirRule = {
  scope: ['9404', '6304', '420500'],
  decide(ctx) {
    const { facts } = ctx;
    if (!/\b(pouf|pouffe|poof|floor cushion|cushion|bean ?bag|pillow|sham)\b/.test(ctx.text)) return undefined;
    if (/\b(to be stuffed|stuffed (?:with filling )?after import\w*|unfinished opening)\b/.test(ctx.text)) {
      return decision(
        ctx,
        'GIR 1: a shell to be stuffed after importation is not yet a cushion (9404) nor a finished cover (6304): made-up article of 6307',
        '630790',
      );
    }
    if (facts.flags.has('unstuffed')) {
      if (/\b(leather|cuir)\b/.test(ctx.text) && !facts.chiefFibre)
        return decision(ctx, 'GIR 1: empty cover of leather, not stuffed, 4205', '420500');
      if (has(facts, 'knitted', 'crocheted'))
        return decision(ctx, 'GIR 1: cover sold unstuffed is a furnishing article of 6304, knitted', '630491');
      const digit = fibreDigit(facts.chiefFibre, { cotton: '2', synthetic: '3', other: '9' });
      return decision(
        ctx,
        `GIR 1: cover sold unstuffed is a furnishing article of 6304 (not 9404)${facts.chiefFibre ? `; GIR 6: ${fibreReason(facts)}` : ''}`,
        `63049${digit}`,
      );
    }
    if (facts.flags.has('stuffed') || /\b(pouf|pouffe|bean ?bag)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 1: heading 9404 names pouffes and cushions stuffed or internally fitted', '940490');
    }
    return undefined;
  },
};

/**
 * Base-metal articles: heading 8306 takes statuettes and other ornaments; articles of a household use
 * stay in 7418 (copper) or 7323 (iron or steel); hooks and other articles of iron go to 7326.
 */
const METAL_ARTICLES: GirRule = {
  scope: ['7323', '7326', '7418', '7419', '8306'],
  decide(ctx) {
    const { uses } = ctx.facts;
    const copper = /\b(brass|copper|bronze|cuivre|laiton|verdigris|nickel silver|maillechort|alpaca)\b/.test(ctx.text);
    const iron = /\b(iron|steel|tin plate|tinplate|fer|acier|inox)\b/.test(ctx.text);
    const household =
      uses.has('food') ||
      uses.has('drinking') ||
      /\b(tray|platter|container|basket|tableware|household|kitchen|teapot|kettle|bucket)\b/.test(ctx.text);
    if (/\bbells?\b/.test(ctx.text) && !household)
      return decision(ctx, 'GIR 1: bells, gongs and the like of base metal, 8306.10', '830610');
    if (uses.has('ornament') && !household) {
      return decision(
        ctx,
        'GIR 1: statuettes and other ornaments of base metal, heading 8306 (not 7419 or 7326); GIR 6: 8306.29',
        '830629',
      );
    }
    if (household && copper) return decision(ctx, 'GIR 1: household article of copper, 7418.10', '741810');
    if (household && iron) return decision(ctx, 'GIR 1: household article of iron or steel, 7323', '732399');
    if (/\b(hooks?|hangers?|brackets?|hardware)\b/.test(ctx.text) && !copper)
      return decision(ctx, 'GIR 1: other article of iron or steel, 7326.90', '732690');
    return undefined;
  },
};

/**
 * Chapter 33 note 3: a vegetable oil put up for retail sale, labelled for use on the hair, the skin or
 * the lips, is a preparation of 3305 or 3304; in bulk or for food it stays a fixed oil of 1515.
 */
const COSMETIC_OILS: GirRule = {
  scope: ['1515', '1509', '1510'],
  group: () => 'oil',
  decide(ctx) {
    const { uses, flags } = ctx.facts;
    if (flags.has('bulk') || /\b(culinary|cooking|food|edible|toasted|roasted|alimentaire)\b/.test(ctx.text)) return undefined;
    const note3 = 'Chapter 33 note 3: an oil put up for retail sale for this use';
    // An oil offered for several uses (hair and skin) is dedicated to none of them: it stays in 1515.
    if ([uses.has('hair'), uses.has('lips'), uses.has('skin')].filter(Boolean).length > 1) return undefined;
    if (uses.has('hair')) return decision(ctx, `${note3} is a hair preparation of 3305`, '330590');
    if (uses.has('lips')) return decision(ctx, `${note3} is a lip preparation of 3304`, '330410');
    if (uses.has('skin')) return decision(ctx, `${note3} is a skin-care preparation of 3304`, '330499');
    return undefined;
  },
};

/** Headgear: plaited or assembled from strips (6504); knitted, crocheted or made up from felt or fabric (6505). */
const HATS: GirRule = {
  scope: ['6504', '6505', '6506'],
  decide(ctx) {
    const { constructions } = ctx.facts;
    if (constructions.has('plaited') || /\b(straw|raffia|palm|seagrass|paper yarn|strips)\b/.test(ctx.text)) {
      return decision(ctx, 'GIR 1: headgear plaited or made by assembling strips, 6504', '650400');
    }
    if (
      constructions.has('knitted') ||
      constructions.has('crocheted') ||
      constructions.has('felt') ||
      /\b(fabric|textile|wool|cotton)\b/.test(ctx.text)
    ) {
      return decision(ctx, 'GIR 1: headgear knitted or crocheted, or made up from felt or textile fabric, 6505', '650500');
    }
    return undefined;
  },
};

export const GIR_RULES: readonly GirRule[] = [
  HATS,
  COSMETIC_OILS,
  METAL_ARTICLES,
  RUGS,
  BLANKETS,
  LINEN,
  POUFS,
  FURNISHINGS,
  SHAWLS,
  FOOTWEAR,
  CASES,
  WOOD_ARTICLES,
  BASKETS,
  STONE,
  CERAMICS,
  MIRRORS,
  GLASSWARE,
  JEWELLERY,
  CLOCKS,
  LIGHTING,
  STRINGS,
  HAIR,
  BEAUTY,
  ESSENTIAL_OILS,
  SOAP,
  FELT,
];

/** The rule whose scope holds a code, if any (the first listed wins where scopes overlap). */
export function ruleFor(code: string): GirRule | undefined {
  return GIR_RULES.find((rule) => rule.scope.some((prefix) => code.startsWith(prefix)));
}
