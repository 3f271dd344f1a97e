import { DEFAULT_RATE_TABLE } from './default-rate-table.data';
import { rateTableProblems } from './rate-table-problems';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The default table through JSON (as stored and sent), changed by `edit`. */
function table(edit: (t: Json) => void = () => undefined): Json {
  const copy = JSON.parse(JSON.stringify(DEFAULT_RATE_TABLE)) as Json;
  edit(copy);
  return copy;
}

const fields = (value: unknown): string[] => rateTableProblems(value).map((p) => p.field);

describe('rateTableProblems', () => {
  it('accepts the default table as stored', () => {
    expect(rateTableProblems(table())).toEqual([]);
  });

  it('refuses what is not a table', () => {
    expect(fields(null)).toEqual(['table']);
    expect(fields([])).toEqual(['table']);
  });

  it.each<[string, (t: Json) => void, string]>([
    ['a missing section', (t) => delete t.political, 'table.political'],
    ['an unknown field', (t) => (t.transit.fire = 1), 'transit.fire'],
    ['a negative ceiling', (t) => (t.goodsValueCeilingMadMinor = -1), 'goodsValueCeilingMadMinor'],
    ['a fractional rate', (t) => (t.transit.baseRateBps.standard = 1.5), 'transit.baseRateBps.standard'],
    ['fragile goods cheaper than standard', (t) => (t.transit.baseRateBps.fragile = 10), 'transit.baseRateBps.fragile'],
    ['a missing zone', (t) => delete t.transit.zoneLoadingBps.EU, 'transit.zoneLoadingBps.EU'],
    ['insuring under 100 % of CIF', (t) => (t.transit.insuredPctOfCif = 90), 'transit.insuredPctOfCif'],
    ['a string minimum premium', (t) => (t.transit.minimumPremiumMadMinor = '400'), 'transit.minimumPremiumMadMinor'],
    ['no credit bands', (t) => (t.credit.termBands = []), 'credit.termBands'],
    ['bands out of order', (t) => (t.credit.termBands[1].maxDays = 30), 'credit.termBands[1].maxDays'],
    ['a longer term priced lower', (t) => (t.credit.termBands[1].rateBps['3'] = 1), 'credit.termBands[1].rateBps.3'],
    [
      'a longer term covering a class the shorter does not',
      (t) => (t.credit.termBands[1].rateBps['7'] = 500),
      'credit.termBands[1].rateBps.7',
    ],
    ['a riskier class priced lower', (t) => (t.political.rateBps['4'] = 1), 'political.rateBps.4'],
    [
      'cover resumed after a class off cover',
      (t) => ((t.political.rateBps['6'] = null), (t.political.rateBps['7'] = 50)),
      'political.rateBps.7',
    ],
    ['a missing risk class', (t) => delete t.political.rateBps['5'], 'political.rateBps.5'],
    ['an indemnity over 100 %', (t) => (t.credit.indemnityPct = 101), 'credit.indemnityPct'],
  ])('reports %s', (_, edit, field) => {
    expect(fields(table(edit))).toContain(field);
  });
});
