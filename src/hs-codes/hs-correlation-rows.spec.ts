import { readCorrelationCsv } from './hs-correlation-rows';

describe('readCorrelationCsv', () => {
  it('reads pairs in either column order, once each', () => {
    expect(readCorrelationCsv('from_code,to_code\n691200,691210\n691200,691290\n691200,691210\n').rows).toEqual([
      { line: 2, fromCode: '691200', toCode: '691210' },
      { line: 3, fromCode: '691200', toCode: '691290' },
    ]);
    expect(readCorrelationCsv('TO_CODE,from_code\r\n691210,691200\r\n').rows).toEqual([{ line: 2, fromCode: '691200', toCode: '691210' }]);
  });

  it.each([
    ['a 4-digit code', '6912,691210', '"6912" is not a 6-digit subheading'],
    ['a dotted code', '691200,6912.10', '"6912.10" is not a 6-digit subheading'],
    ['a missing field', '691200', 'expected 2 fields, found 1'],
  ])('rejects %s with its line number', (_case, line, reason) => {
    expect(readCorrelationCsv(`from_code,to_code\n${line}\n`)).toEqual({ rows: [], rejected: [{ line: 2, reason }] });
  });

  it('refuses a file without the header or that is not CSV', () => {
    expect(() => readCorrelationCsv('691200,691210\n')).toThrow('expected from_code,to_code');
    expect(() => readCorrelationCsv('')).toThrow('expected from_code,to_code');
    expect(() => readCorrelationCsv('from_code,to_code\n"691200,691210\n')).toThrow('not valid CSV');
  });
});
