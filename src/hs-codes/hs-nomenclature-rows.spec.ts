import { readNomenclatureCsv } from './hs-nomenclature-rows';

const HEADER = 'hs6,description,heading,heading_description,chapter,chapter_description,section,section_name';
const ROW = (hs6: string, heading = hs6.slice(0, 4), chapter = hs6.slice(0, 2), section = 'XIII'): string =>
  `${hs6},"Ceramic things, ${hs6}",${heading},Ceramic heading ${heading},${chapter},Ceramic products,${section},"Articles of stone, ceramic"`;

describe('readNomenclatureCsv', () => {
  it('reads valid rows with their parents', () => {
    const { rows, rejected } = readNomenclatureCsv(`${HEADER}\n${ROW('691200')}\n${ROW('691390')}\n`);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        hs6: '691200',
        description: 'Ceramic things, 691200',
        heading: '6912',
        chapter: '69',
        section: 'XIII',
      }),
      expect.objectContaining({
        line: 3,
        hs6: '691390',
        headingDescription: 'Ceramic heading 6913',
        sectionName: 'Articles of stone, ceramic',
      }),
    ]);
  });

  it('accepts the columns in any order', () => {
    const { rows } = readNomenclatureCsv(
      'section,section_name,chapter,chapter_description,heading,heading_description,hs6,description\nXIII,S,69,C,6912,H,691200,D\n',
    );
    expect(rows[0]).toMatchObject({ hs6: '691200', description: 'D', heading: '6912', headingDescription: 'H', section: 'XIII' });
  });

  it.each([
    ['a 5-digit code', ROW('69120', '6912', '69'), 'hs6 "69120" is not 6 digits'],
    ['letters in the code', ROW('69a200', '69a2', '69'), 'hs6 "69a200" is not 6 digits'],
    ['a heading that is not the code prefix', ROW('691200', '6913'), 'heading "6913" is not the first 4 digits of 691200'],
    ['a chapter that is not the code prefix', ROW('691200', '6912', '70'), 'chapter "70" is not the first 2 digits of 691200'],
    ['an unknown section', ROW('691200', '6912', '69', 'XXV'), 'section "XXV" is not a Roman numeral from I to XXI'],
    ['an empty description', '691200,"",6912,H,69,C,XIII,S', 'description is empty'],
    ['a missing field', '691200,D,6912,H,69,C,XIII', 'expected 8 fields, found 7'],
  ])('rejects %s with its line number', (_case, line, reason) => {
    const { rows, rejected } = readNomenclatureCsv(`${HEADER}\n${ROW('691390')}\n${line}\n`);
    expect(rows.map((r) => r.hs6)).toEqual(['691390']);
    expect(rejected).toEqual([{ line: 3, reason }]);
  });

  it('rejects a repeated code and a parent described two ways, keeping the first', () => {
    const text = [
      HEADER,
      ROW('691200'),
      ROW('691200'),
      '691210,D,6912,Another heading text,69,Ceramic products,XIII,"Articles of stone, ceramic"',
    ].join('\n');
    const { rows, rejected } = readNomenclatureCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(rejected).toEqual([
      { line: 3, reason: 'hs6 691200 is already on line 2' },
      { line: 4, reason: 'heading 6912 is described differently on line 2' },
    ]);
  });

  it.each([
    ['an empty file', '', 'The file is empty'],
    ['a wrong header', 'code,text\n691200,x\n', 'missing: hs6, description'],
    ['an extra column', `${HEADER},notes\n`, 'unknown: notes'],
    ['broken quoting', `${HEADER}\n691200,"unterminated\n`, 'not valid CSV (CSV syntax error on line 2'],
  ])('throws on %s', (_case, text, message) => {
    expect(() => readNomenclatureCsv(text)).toThrow(message);
  });
});
