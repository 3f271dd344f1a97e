import bidiFactory from 'bidi-js';

export interface VisualRun {
  /** The run's characters in logical order, mirrored where right-to-left (")" for "("). */
  text: string;
  rtl: boolean;
}

const bidi = bidiFactory();
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Splits a line into runs of one direction, ordered left to right as they appear on the page (the
 * Unicode bidi algorithm, rule L2, applied to runs). Right-to-left runs stay in logical order: the
 * font engine shapes Arabic and reverses the glyphs of a run in an RTL script itself, and shaping
 * needs the letters in logical order. An RTL run without RTL letters (a bracket between Arabic words)
 * is not reversed by the engine, so it is reversed here. `direction` is the paragraph's, for a line
 * cut from a longer paragraph; by default the first strong letter decides (rules P2–P3).
 */
export function visualRuns(text: string, direction: 'auto' | 'ltr' | 'rtl' = 'auto'): VisualRun[] {
  if (!STRONG_RTL.test(text)) return text === '' ? [] : [{ text, rtl: false }];
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  // Levels are per UTF-16 code unit; both halves of a surrogate pair share a level and stay together.
  const chars = text.split('');
  mirrored.forEach((char, index) => (chars[index] = char));

  const runs: { text: string; level: number }[] = [];
  chars.forEach((char, index) => {
    const level = levels[index]!;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += char;
    else runs.push({ text: char, level });
  });
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < runs.length; start++) {
      if (runs[start]!.level < level) continue;
      let end = start;
      while (end + 1 < runs.length && runs[end + 1]!.level >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return runs.map((run) => {
    const rtl = run.level % 2 === 1;
    return { text: rtl && !STRONG_RTL.test(run.text) ? [...run.text].reverse().join('') : run.text, rtl };
  });
}

/** Whether a paragraph reads right to left: its first strong letter is Arabic or Hebrew (rules P2–P3). */
export function paragraphIsRtl(text: string): boolean {
  if (!STRONG_RTL.test(text)) return false;
  return bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level === 1;
}
