/**
 * Greedy word wrap in logical order, for text whose lines are reordered for display only after
 * being cut (Unicode bidi, rule L1 onwards works per line). `measure` gives the width of a line as
 * it will be set; a word wider than the line keeps a line of its own rather than being split.
 */
export function wrapWords(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(candidate) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}
