import { DEFAULT_LANDED_COST_RULES } from './default-landed-cost-rules.data';
import { landedCostRuleProblems } from './landed-cost-rule-problems';

const vat = {
  kind: 'vat',
  id: 'X-vat',
  version: 1,
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  status: 'in_force',
  legalBasis: 'Law',
  source: 'Gazette',
  name: 'VAT',
  rateBps: 2000,
  base: 'cif_duty',
};

describe('landedCostRuleProblems', () => {
  it.each(DEFAULT_LANDED_COST_RULES.map((set) => [set.destination, set.rules]))(
    'the seeded rules of %s are valid',
    (_destination, rules) => {
      expect(landedCostRuleProblems(rules)).toEqual([]);
    },
  );

  it.each([
    ['no rules', [], 'rules'],
    ['not an array', { kind: 'vat' }, 'rules'],
    ['an unknown kind', [{ ...vat, kind: 'tithe' }], 'rules[0].kind'],
    ['a rate over 100 %', [{ ...vat, rateBps: 10_001 }], 'rules[0].rateBps'],
    ['a fractional rate', [{ ...vat, rateBps: 19.5 }], 'rules[0].rateBps'],
    ['a date far in the future', [{ ...vat, effectiveFrom: '9999-12-31' }], 'rules[0].effectiveFrom'],
    ['an impossible date', [{ ...vat, effectiveFrom: '2026-02-30' }], 'rules[0].effectiveFrom'],
    ['an end before the start', [{ ...vat, effectiveTo: '2020-01-01' }], 'rules[0].effectiveTo'],
    ['no legal basis', [{ ...vat, legalBasis: ' ' }], 'rules[0].legalBasis'],
    [
      'a threshold in an unknown currency',
      [{ ...vat, exemptUpTo: { amountMinor: 100, currency: 'XXX', on: 'goods' } }],
      'rules[0].exemptUpTo',
    ],
    ['a bad HS prefix', [{ ...vat, kind: 'duty', base: 'cif', mfn: [{ hsPrefix: '57a', rateBps: 10 }] }], 'rules[0].mfn'],
    ['the same version twice', [vat, { ...vat, effectiveFrom: '2030-01-01' }], 'rules[1].version'],
    ['overlapping versions', [vat, { ...vat, version: 2, effectiveFrom: '2024-01-01' }], 'rules[1].effectiveFrom'],
  ])('refuses %s', (_name, rules, field) => {
    expect(landedCostRuleProblems(rules).map((p) => p.field)).toContain(field);
  });

  it('accepts a successor that starts where the last version ends', () => {
    expect(
      landedCostRuleProblems([
        { ...vat, effectiveTo: '2027-01-01' },
        { ...vat, version: 2, effectiveFrom: '2027-01-01', rateBps: 2100 },
      ]),
    ).toEqual([]);
  });
});
