import { GIR_RULES } from './hs-gir-rules';
import { Construction, Fibre, Flag, GoodsFacts, readGoodsFacts } from './hs-goods-facts';
import { foldText, tokenize, words as wordsOf } from './hs-text';

/**
 * HS code suggestions for a product description, as a pure function over an in-memory index: a craft
 * vocabulary (objects such as "tagine" or "kilim" pointing at candidate subheadings, and attributes
 * such as materials pointing at tags) plus the nomenclature texts for everything the vocabulary does
 * not know. Only codes present in the index's entries are ever returned.
 */

export interface HsEntry {
  code: string;
  description: string;
  labels?: { en: string; fr?: string; ar?: string } | null;
}

export type TagGroup = 'material' | 'power' | 'placement' | 'gender' | 'construction' | 'filling' | 'use' | 'age' | 'art';

export interface TagDefinition {
  group: TagGroup;
  /** Broader tags this one is a kind of: "thuya" is a "wood". */
  parents?: readonly string[];
}

export interface CraftConcept {
  /** Short explanation used in reasons: "matched 'tagine' (ceramic cooking pot)". */
  gloss: string;
  /** Spellings in English, French, Arabic and transliteration; multi-word terms match as phrases. */
  terms: readonly string[];
  /** Candidate 6-digit subheadings with weights in (0, 1]. */
  codes?: Readonly<Record<string, number>>;
  /** Tags the term signals (materials, electric or not, knitted, women's…). */
  tags?: readonly string[];
}

export interface CraftVocabulary {
  tags: Readonly<Record<string, TagDefinition>>;
  /** What the product is: the head nouns. */
  objects: readonly CraftConcept[];
  /** What it is made of or how: they refine the objects' candidates through the profiles. */
  attributes: readonly CraftConcept[];
  /** Per subheading, the tags that fit it; a candidate whose profile contradicts the input loses. */
  profiles: Readonly<Record<string, readonly string[]>>;
}

export interface SuggestInput {
  title: string;
  description?: string;
  materials?: readonly string[];
}

export interface HsSuggestion {
  code: string;
  description: string;
  /** Relevance in [0, 1], comparable between suggestions of one answer. */
  score: number;
  /** Estimated probability that this is the subheading a customs officer would pick. */
  confidence: number;
  /** The terms matched and, where one decided, the interpretive rule: "GIR 6: wool predominates…". */
  reason: string;
}

/** How well the best suggestion fits: below "good", a seller should check with a broker. */
export type HsFit = 'good' | 'weak' | 'none';

export interface HsSuggestions {
  suggestions: HsSuggestion[];
  fit: HsFit;
}

interface Phrase {
  tokens: string[];
  concept: number;
  term: string;
}

interface CompiledConcept extends CraftConcept {
  kind: 'object' | 'attribute';
  codeWeights: [string, number][];
}

export interface SuggesterIndex {
  readonly entries: ReadonlyMap<string, HsEntry>;
  readonly concepts: readonly CompiledConcept[];
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  readonly fuzzy: ReadonlyMap<string, readonly Phrase[]>;
  readonly known: ReadonlySet<string>;
  readonly postings: ReadonlyMap<string, readonly string[]>;
  readonly idf: ReadonlyMap<string, number>;
  readonly tags: Readonly<Record<string, TagDefinition>>;
  readonly ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  readonly profiles: ReadonlyMap<string, ReadonlyMap<TagGroup, readonly string[]>>;
}

const STOPWORDS = new Set(
  tokenize(
    'a an and or of the for to in on at by from is are this that these those our your its it as be ' +
      'le la les un une des du de d l et ou en au aux pour par sur dans avec sans ce cet cette ces est son sa ses nos vos leur ' +
      'من في على مع و او عن الى هذا هذه ذات ' +
      'handmade hand made fait main artisanal artisanale traditional traditionnel moroccan marocain marocaine maroc morocco ' +
      'berber berbere amazigh مغربي مغربية تقليدي تقليدية يدوي يدوية size cm mm taille piece set lot',
  ),
);
// Words after which the title names parts or accessories, not the product: "bag with brass buckle".
const CONNECTORS = new Set(tokenize('with avec mit مع'));

const GROUP_WEIGHT: Record<TagGroup, number> = {
  material: 0.5,
  power: 0.5,
  placement: 0.3,
  gender: 0.3,
  construction: 0.4,
  filling: 0.4,
  use: 0.35,
  age: 0.5,
  art: 0.4,
};

const FIELD_WEIGHT = { title: 1, description: 0.6 };
const TEXT_WEIGHT = 0.45;
const MAX_DOCUMENT_FREQUENCY = 0.08;
const MIN_RAW_SCORE = 0.2;
const ATTRIBUTE_DAMPING = 0.5;
// A family's rule runs when its best candidate scores at least this share of the overall best.
const RULE_REACH = 0.35;
const RULE_BONUS = 0.01;
const RULE_DEMOTION = 0.7;
// Logistic weights fitted on the tuning rulings and the labelled listings (both nomenclatures):
// predicted and observed precision agree within a few points per decile.
const CONFIDENCE = { intercept: -4.8, score: 3.36, margin: 5.38, ruled: 2.25 };
// The best suggestion's confidence from which the answer is a good fit, and below which nothing fits.
const GOOD_FIT = 0.6;
const NO_FIT = 0.1;

/** Every one-character deletion of `word`, the key of a cheap edit-distance-1 lookup. */
function deletions(word: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSuggesterIndex(entryList: readonly HsEntry[], vocabulary: CraftVocabulary): SuggesterIndex {
  const entries = new Map(entryList.map((entry) => [entry.code, entry]));
  const concepts: CompiledConcept[] = [
    ...vocabulary.objects.map((concept) => ({ ...concept, kind: 'object' as const })),
    ...vocabulary.attributes.map((concept) => ({ ...concept, kind: 'attribute' as const })),
  ].map((concept) => ({
    ...concept,
    // The vocabulary may name codes this nomenclature lacks (before an import): never suggest those.
    codeWeights: Object.entries(concept.codes ?? {}).filter(([code]) => entries.has(code)),
  }));

  const phrases = new Map<string, Phrase[]>();
  const fuzzy = new Map<string, Phrase[]>();
  const known = new Set<string>();
  concepts.forEach((concept, index) => {
    for (const term of concept.terms) {
      const tokens = tokenize(term);
      if (tokens.length === 0) continue;
      const phrase = { tokens, concept: index, term };
      push(phrases, tokens[0], phrase);
      tokens.forEach((token) => known.add(token));
      if (tokens.length === 1 && tokens[0].length >= 5) {
        for (const key of [tokens[0], ...deletions(tokens[0])]) push(fuzzy, key, phrase);
      }
    }
  });
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const postings = new Map<string, string[]>();
  for (const entry of entries.values()) {
    const text = [entry.description, entry.labels?.en, entry.labels?.fr, entry.labels?.ar].filter(Boolean).join(' ');
    for (const token of new Set(tokenize(text))) {
      known.add(token);
      if (!STOPWORDS.has(token)) push(postings, token, entry.code);
    }
  }
  const idf = new Map<string, number>();
  for (const [token, codes] of postings) idf.set(token, Math.log(1 + entries.size / codes.length));

  const ancestors = new Map<string, Set<string>>();
  const lineage = (tag: string, seen: Set<string> = new Set()): Set<string> => {
    if (seen.has(tag)) return seen;
    seen.add(tag);
    for (const parent of vocabulary.tags[tag]?.parents ?? []) lineage(parent, seen);
    return seen;
  };
  for (const tag of Object.keys(vocabulary.tags)) ancestors.set(tag, lineage(tag));

  const profiles = new Map<string, Map<TagGroup, string[]>>();
  for (const [code, tags] of Object.entries(vocabulary.profiles)) {
    const byGroup = new Map<TagGroup, string[]>();
    for (const tag of tags) {
      const definition = vocabulary.tags[tag];
      if (!definition) throw new Error(`Profile of ${code} uses unknown tag "${tag}"`);
      push(byGroup, definition.group, tag);
    }
    profiles.set(code, byGroup);
  }
  for (const concept of concepts) {
    for (const tag of concept.tags ?? []) {
      if (!vocabulary.tags[tag]) throw new Error(`Term "${concept.terms[0]}" uses unknown tag "${tag}"`);
    }
  }

  return { entries, concepts, phrases, fuzzy, known, postings, idf, tags: vocabulary.tags, ancestors, profiles };
}

interface ConceptHit {
  strength: number;
  term: string;
  /** What the seller wrote, when it was matched despite a typo. */
  typed?: string;
}

interface TagHit {
  strength: number;
  term: string;
  /** Implied by an object ("beni ourain" is wool) rather than said; not repeated in reasons. */
  implied: boolean;
}

interface Field {
  tokens: string[];
  surfaces: string[];
  weight: number;
  isTitle: boolean;
  isMaterial: boolean;
}

function field(text: string, weight: number, kind: 'title' | 'description' | 'material'): Field {
  const found = wordsOf(text);
  return {
    tokens: found.map((w) => w.stem),
    surfaces: found.map((w) => w.surface),
    weight,
    isTitle: kind === 'title',
    isMaterial: kind === 'material',
  };
}

function fieldsOf(input: SuggestInput): Field[] {
  const fields = [field(input.title, FIELD_WEIGHT.title, 'title')];
  if (input.description) fields.push(field(input.description, FIELD_WEIGHT.description, 'description'));
  // Sellers list the main material first.
  (input.materials ?? []).forEach((material, i) => fields.push(field(material, Math.max(0.6, 1 - 0.15 * i), 'material')));
  return fields;
}

/** The longest phrases starting at `at`: one per concept when a spelling belongs to several. */
function matchPhrases(index: SuggesterIndex, tokens: string[], at: number): Phrase[] {
  const matching = (index.phrases.get(tokens[at]) ?? []).filter((phrase) => phrase.tokens.every((token, k) => tokens[at + k] === token));
  return matching.filter((phrase) => phrase.tokens.length === matching[0]?.tokens.length);
}

function matchFuzzy(index: SuggesterIndex, token: string): Phrase | undefined {
  if (token.length < 4 || index.known.has(token)) return undefined;
  for (const key of [token, ...deletions(token)]) {
    const found = index.fuzzy.get(key)?.find((phrase) => withinOneEdit(phrase.tokens[0], token));
    if (found) return found;
  }
  return undefined;
}

interface Match {
  start: number;
  end: number;
  phrases: Phrase[];
  strength: number;
  typed?: string;
  isObject: boolean;
}

/**
 * The object a title is about. Arabic and French put the head noun first ("غلاف بوف", "housse de
 * pouf en kilim"); English compounds put it last ("kilim pouf cover"). So: the last of the first run
 * of directly adjacent Latin-script objects, else the first object.
 */
function headObject(field: Field, matches: Match[]): Match | undefined {
  const objects = matches.filter((match) => match.isObject);
  let head = objects[0];
  for (let k = 1; k < objects.length; k++) {
    const adjacent =
      objects[k].start === head.end && /^[a-z0-9]/.test(field.tokens[objects[k].start]) && /^[a-z0-9]/.test(field.tokens[head.start]);
    if (!adjacent) break;
    head = objects[k];
  }
  return head;
}

/** Reads the input against the vocabulary: which concepts and tags it names, and how strongly. */
function readInput(index: SuggesterIndex, fields: Field[]) {
  const conceptHits = new Map<number, ConceptHit>();
  const tagHits = new Map<string, TagHit>();
  const words = new Map<string, { weight: number; surface: string }>();

  const record = (phrase: Phrase, strength: number, typed?: string): void => {
    const concept = index.concepts[phrase.concept];
    const previous = conceptHits.get(phrase.concept);
    if (!previous || previous.strength < strength) conceptHits.set(phrase.concept, { strength, term: phrase.term, typed });
    // An object implies its usual material ("beni ourain" is wool) a little less firmly than saying it.
    const implied = concept.kind === 'object';
    const tagStrength = implied ? strength * 0.8 : strength;
    for (const tag of concept.tags ?? []) {
      const hit = tagHits.get(tag);
      if (!hit || hit.strength < tagStrength) tagHits.set(tag, { strength: tagStrength, term: phrase.term, implied });
    }
  };

  for (const field of fields) {
    const matches: Match[] = [];
    let damping = 1;
    for (let i = 0; i < field.tokens.length;) {
      const token = field.tokens[i];
      if (field.isTitle && CONNECTORS.has(token)) damping = 0.6;
      // One- and two-digit numbers are sizes and shares ("20 %"), not words of the nomenclature.
      if (!STOPWORDS.has(token) && !/^\d{1,2}$/.test(token) && (words.get(token)?.weight ?? 0) < field.weight * damping) {
        words.set(token, { weight: field.weight * damping, surface: field.surfaces[i] });
      }
      const exact = matchPhrases(index, field.tokens, i);
      const typo = exact.length > 0 ? undefined : matchFuzzy(index, token);
      const found = typo ? [typo] : exact;
      if (found.length === 0) {
        i++;
        continue;
      }
      const end = i + found[0].tokens.length;
      matches.push({
        start: i,
        end,
        phrases: found,
        strength: field.weight * damping * (typo ? 0.8 : 1),
        typed: typo ? field.surfaces[i] : undefined,
        isObject: found.some((phrase) => index.concepts[phrase.concept].kind === 'object'),
      });
      i = end;
    }
    const head = field.isMaterial ? undefined : headObject(field, matches);
    for (const match of matches) {
      // A title names one product; the other objects in it describe it ("kilim pouf cover"). A
      // description usually names the product first, then what it is made of or goes with.
      const strength = head && match.isObject && match !== head ? match.strength * 0.5 : match.strength;
      for (const phrase of match.phrases) record(phrase, strength, match.typed);
    }
  }
  return { conceptHits, tagHits, words };
}

/** How far the input's tags in one group are explained by a candidate's profile, in [0, 1]. */
function coverage(index: SuggesterIndex, inputTags: [string, TagHit][], fits: readonly string[]): number {
  let total = 0;
  let covered = 0;
  for (const [tag, hit] of inputTags) {
    total += hit.strength;
    const lineage = index.ancestors.get(tag)!;
    if (fits.some((fit) => lineage.has(fit))) covered += hit.strength;
    // The input is vaguer than the profile ("wood" for a thuya-only code): neither for nor against.
    else if (fits.some((fit) => index.ancestors.get(fit)?.has(tag))) covered += hit.strength / 2;
  }
  return total === 0 ? 0.5 : covered / total;
}

/** "matched 'tagine' (ceramic cooking pot) and material 'clay'". */
function explain(
  concept: { hit: ConceptHit; gloss: string } | undefined,
  textWords: string[],
  tags: { group: TagGroup; term: string }[],
): string {
  const shown = new Set<string>();
  let main: string;
  if (concept) {
    const typo = concept.hit.typed ? `, read from '${concept.hit.typed}'` : '';
    main = `matched '${concept.hit.term}' (${concept.gloss}${typo})`;
    shown.add(concept.hit.term);
  } else {
    const words = textWords.slice(0, 3);
    main = `the HS description shares ${quoteList(words.map((w) => `'${w}'`))}`;
    words.forEach((w) => shown.add(w));
  }
  const fresh = tags.filter((tag) => !shown.has(tag.term));
  const materials = fresh.filter((tag) => tag.group === 'material').map((tag) => `'${tag.term}'`);
  const details = fresh.filter((tag) => tag.group !== 'material').map((tag) => `'${tag.term}'`);
  if (materials.length > 0) details.unshift(`${materials.length > 1 ? 'materials' : 'material'} ${quoteList(materials)}`);
  return details.length > 0 ? `${main} and ${details.join(', ')}` : main;
}

function quoteList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function suggestHsCodes(index: SuggesterIndex, input: SuggestInput, limit = 5): HsSuggestion[] {
  const { conceptHits, tagHits, words } = readInput(index, fieldsOf(input));
  const raw = new Map<string, number>();
  const bestConcept = new Map<string, { contribution: number; hit: ConceptHit; gloss: string }>();
  const addRaw = (code: string, amount: number): void => void raw.set(code, (raw.get(code) ?? 0) + amount);

  // Once the title names the product, a material's own candidates ("brass": 7418) only hint.
  const titled = [...conceptHits].some(
    ([i, hit]) => index.concepts[i].kind === 'object' && hit.strength >= 1 && index.concepts[i].codeWeights.length > 0,
  );
  for (const [conceptIndex, hit] of conceptHits) {
    const concept = index.concepts[conceptIndex];
    const damping = titled && concept.kind === 'attribute' ? ATTRIBUTE_DAMPING : 1;
    for (const [code, weight] of concept.codeWeights) {
      const contribution = hit.strength * weight * damping;
      addRaw(code, contribution);
      const best = bestConcept.get(code);
      if (!best || best.contribution < contribution) bestConcept.set(code, { contribution, hit, gloss: concept.gloss });
    }
  }

  // Nomenclature text: what the vocabulary does not know still finds its subheading.
  const textHits = new Map<string, { score: number; words: string[] }>();
  let textTotal = 0;
  for (const [word, { weight, surface }] of words) {
    const codes = index.postings.get(word);
    if (!codes || codes.length > index.entries.size * MAX_DOCUMENT_FREQUENCY) continue;
    const value = index.idf.get(word)! * weight;
    textTotal += value;
    for (const code of codes) {
      const hit = textHits.get(code) ?? { score: 0, words: [] };
      hit.score += value;
      hit.words.push(surface);
      textHits.set(code, hit);
    }
  }
  for (const [code, hit] of textHits) addRaw(code, (TEXT_WEIGHT * hit.score) / textTotal);

  const inputByGroup = new Map<TagGroup, [string, TagHit][]>();
  for (const [tag, hit] of tagHits) push(inputByGroup, index.tags[tag].group, [tag, hit]);
  const supportingTags = new Map<string, { group: TagGroup; term: string }[]>();
  for (const code of raw.keys()) {
    const profile = index.profiles.get(code);
    if (!profile) continue;
    for (const [group, fits] of profile) {
      const inputTags = inputByGroup.get(group);
      if (!inputTags) continue;
      const share = coverage(index, inputTags, fits);
      // Scaled by how firmly the group was stated: a material implied by a side word counts less.
      const firmness = Math.max(...inputTags.map(([, hit]) => hit.strength));
      addRaw(code, GROUP_WEIGHT[group] * (2 * share - 1) * firmness);
      if (share > 0.5) {
        for (const [tag, hit] of inputTags) {
          if (!hit.implied && fits.some((fit) => index.ancestors.get(tag)!.has(fit))) {
            const list = supportingTags.get(code) ?? [];
            if (!list.some((t) => t.term === hit.term)) list.push({ group, term: hit.term });
            supportingTags.set(code, list);
          }
        }
      }
    }
  }

  const text = [input.title, input.description, ...(input.materials ?? [])].filter(Boolean).join('. ');
  const facts = withVocabularyTags(readGoodsFacts(text), tagHits);
  const namedCodes = [...conceptHits.keys()]
    .filter((i) => index.concepts[i].kind === 'object')
    .flatMap((i) => index.concepts[i].codeWeights.map(([code]) => code));
  const named = (prefix: string): boolean => namedCodes.some((code) => code.startsWith(prefix));
  const ruled = applyInterpretiveRules(index, raw, facts, foldText(text).replace(/\s+/g, ' '), named);

  const ranked = [...raw.entries()]
    .filter(([, value]) => value >= MIN_RAW_SCORE)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
  return ranked.map(([code, value], rank) => {
    const rule = ruled.get(code);
    // A code a rule brought in on its family's strength is explained by what matched that family.
    const own = bestConcept.has(code) || textHits.has(code) ? code : (rule?.from ?? code);
    const matched = explain(bestConcept.get(own), textHits.get(own)?.words ?? [], supportingTags.get(own) ?? []);
    return {
      code,
      description: index.entries.get(code)!.description,
      score: Math.round((1 - Math.exp(-1.2 * value)) * 1000) / 1000,
      confidence: confidenceOf(value, rank === 0 ? value - (ranked[1]?.[1] ?? 0) : value - ranked[0][1], !!rule),
      reason: rule ? `${matched}; ${rule.because}` : matched,
    };
  });
}

const TAG_CONSTRUCTIONS: Readonly<Record<string, Construction>> = {
  knotted: 'knotted',
  woven: 'woven',
  kelem: 'kelem',
  tufted: 'tufted',
  knitted: 'knitted',
  terry: 'terry',
};
const TAG_FLAGS: Readonly<Record<string, Flag>> = {
  stuffed: 'stuffed',
  unstuffed: 'unstuffed',
  electric: 'electric',
  led: 'led',
  'non-electric': 'non-electric',
};
const TAG_FIBRES: Readonly<Record<string, Fibre>> = {
  wool: 'wool',
  cotton: 'cotton',
  silk: 'silk',
  linen: 'linen',
  viscose: 'artificial',
  synthetic: 'synthetic',
};

/**
 * What the vocabulary knows that the plain words do not say: a "Beni Ourain" is knotted wool, a
 * "hanbel" is woven, a "pouf" is sold stuffed. Added to the facts the rules read, never overriding
 * what the description states.
 */
function withVocabularyTags(facts: GoodsFacts, tagHits: ReadonlyMap<string, TagHit>): GoodsFacts {
  const tags = [...tagHits.entries()].sort((a, b) => b[1].strength - a[1].strength).map(([tag]) => tag);
  const constructions = new Set(facts.constructions);
  const flags = new Set(facts.flags);
  // A construction the description states ("braided") wins over one the name implies ("rag rug").
  const stated = [...constructions].some((c) => Object.values(TAG_CONSTRUCTIONS).includes(c) || c === 'braided' || c === 'flat-woven');
  for (const tag of tags) {
    // A Kelem-type name (kilim, hanbel) is more specific than any stated "flat weave".
    if (TAG_CONSTRUCTIONS[tag] && (!stated || tag === 'kelem')) constructions.add(TAG_CONSTRUCTIONS[tag]);
    if (TAG_FLAGS[tag] && !(tag === 'stuffed' && flags.has('unstuffed')) && !(tag === 'unstuffed' && flags.has('stuffed')))
      flags.add(TAG_FLAGS[tag]);
  }
  if (facts.fibres.length > 0) return { ...facts, constructions, flags };
  const fibres = tags.filter((tag) => TAG_FIBRES[tag]).map((tag) => ({ fibre: TAG_FIBRES[tag] }));
  return { ...facts, constructions, flags, fibres, chiefFibre: fibres[0]?.fibre };
}

/**
 * Applies the interpretive rules: for each family among the candidates (in the order of its best
 * candidate), the rule picks the subheading the facts point at; it takes the family's best score and
 * the family's other candidates step back. Returns, per decided code, the rule's reason and the
 * candidate it was decided from.
 */
function applyInterpretiveRules(
  index: SuggesterIndex,
  raw: Map<string, number>,
  facts: GoodsFacts,
  text: string,
  named: (prefix: string) => boolean,
): Map<string, { because: string; from: string }> {
  const reasons = new Map<string, { because: string; from: string }>();
  const claimed = new Set<string>();
  const byScore = [...raw.entries()].sort((a, b) => b[1] - a[1]);
  const top = byScore[0]?.[1] ?? 0;
  for (const [best, bestScore] of byScore) {
    if (claimed.has(best) || bestScore < top * RULE_REACH) continue;
    const rule = GIR_RULES.find((r) => r.scope.some((prefix) => best.startsWith(prefix)));
    if (!rule) continue;
    const family = [...raw.keys()].filter((code) => !claimed.has(code) && rule.scope.some((prefix) => code.startsWith(prefix)));
    family.forEach((code) => claimed.add(code));
    const decided = rule.decide({ facts, best, text, has: (code) => index.entries.has(code), named });
    if (!decided) continue;
    const group = rule.group ?? (() => '');
    const rivals = family.filter((code) => code !== decided.code && group(code) === group(decided.code));
    const lead = Math.max(raw.get(decided.code) ?? 0, ...rivals.map((code) => raw.get(code)!));
    for (const code of rivals) raw.set(code, raw.get(code)! * RULE_DEMOTION);
    raw.set(decided.code, lead + RULE_BONUS);
    claimed.add(decided.code);
    reasons.set(decided.code, { because: decided.because, from: best });
  }
  return reasons;
}

/**
 * A probability-like confidence from the raw score, the margin over the runner-up (negative below the
 * first) and whether an interpretive rule decided; the constants are fitted on the tuning rulings.
 */
function confidenceOf(value: number, margin: number, ruled: boolean): number {
  const z = CONFIDENCE.intercept + CONFIDENCE.score * value + CONFIDENCE.margin * margin + (ruled ? CONFIDENCE.ruled : 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}

/**
 * The answer as a whole: the suggestions and how well the best one fits. When even the best is
 * unlikely to be right, it says so ("none") with no suggestion rather than guessing.
 */
export function suggestWithFit(index: SuggesterIndex, input: SuggestInput, limit = 5): HsSuggestions {
  const suggestions = suggestHsCodes(index, input, limit);
  const best = suggestions[0]?.confidence ?? 0;
  if (best < NO_FIT) return { suggestions: [], fit: 'none' };
  return { suggestions, fit: best >= GOOD_FIT ? 'good' : 'weak' };
}
