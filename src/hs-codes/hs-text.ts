/**
 * Text normalisation shared by the suggester's index and its queries, for English, French and Arabic:
 * lower case, no Latin accents, no Arabic diacritics or tatweel, one form per Arabic letter, the Arabic
 * article dropped, and a light plural/feminine stemming of Latin-script words.
 */

// Combining marks (Latin accents; the hamza and madda NFKD splits off Arabic letters), Arabic
// short vowels, shadda, sukun, Quranic marks and tatweel.
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LATIN = /^[a-z0-9]+$/;

/** Case, accents and Arabic spelling variants folded away; word boundaries kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ٱ/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
}

function stemArabic(word: string): string {
  if (/^(وال|بال|فال|كال)/.test(word) && word.length >= 6) return word.slice(3);
  if (/^(ال|لل)/.test(word) && word.length >= 5) return word.slice(2);
  return word;
}

/** Plural and feminine endings off, so "tajines", "tajine" and "tajin" meet, as do "glasses" and "glass". */
function stemLatin(word: string): string {
  if (word.length <= 3 || !LATIN.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) return `${stem.slice(0, -3)}i`;
  if (stem.endsWith('eaux')) stem = stem.slice(0, -1);
  else if (stem.endsWith('aux')) return `${stem.slice(0, -3)}al`;
  else if (stem.endsWith('oux')) stem = stem.slice(0, -1);
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('y') && stem.length > 3) return `${stem.slice(0, -1)}i`;
  // "boxes" and "box" meet too: a short stem keeps its "e" only when it is not "-xe".
  if (stem.endsWith('e') && (stem.length > 4 || stem.endsWith('xe'))) stem = stem.slice(0, -1);
  return stem;
}

export function stem(word: string): string {
  return LATIN.test(word) ? stemLatin(word) : stemArabic(word);
}

export interface Word {
  /** What matching compares. */
  stem: string;
  /** The folded word as written, for messages. */
  surface: string;
}

/** Folded, stemmed words of `text`; single letters are dropped, digits kept ("e27", "925"). */
export function words(text: string): Word[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/.test(word))
    .map((surface) => ({ stem: stem(surface), surface }));
}

export function tokenize(text: string): string[] {
  return words(text).map((word) => word.stem);
}
