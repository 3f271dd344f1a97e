import { CsvSyntaxError, parseCsv } from './csv.parser';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF line ends and no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted fields with commas', '010121,"Horses; live, pure-bred",0101\n', [['010121', 'Horses; live, pure-bred', '0101']]],
    ['doubled quotes inside quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['a line break inside quotes', '"two\nlines",x\n', [['two\nlines', 'x']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['an empty quoted field', '"",x\n', [['', 'x']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['a leading byte-order mark', '\ufeffhs6,description\n', [['hs6', 'description']]],
  ])('reads %s', (_case, text, expected) => {
    expect(parseCsv(text).map((record) => record.fields)).toEqual(expected);
  });

  it('numbers records by the physical line they start on', () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it.each([
    ['an unterminated quoted field', 'a,b\n"never closed,x\n', 2, 'never closed'],
    ['text after a closing quote', 'a,b\n"x"y,z\n', 2, 'after a closing quote'],
    ['a quote inside an unquoted field', 'a,b\nab"c,d\n', 2, 'quote inside an unquoted field'],
  ])('refuses %s with its line number', (_case, text, line, problem) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(line);
    expect((error as Error).message).toContain(problem);
  });
});
