import { PRODUCT_STATUSES } from './product-status';
import { changesCustomsFields, completenessProblems, nextProductStatus, PRODUCT_ACTIONS } from './product-rules';

const LEGAL: Record<string, string> = {
  'draft:submit': 'pending_review',
  'rejected:submit': 'pending_review',
  'pending_review:approve': 'published',
  'pending_review:reject': 'rejected',
  'published:archive': 'archived',
};

describe('nextProductStatus', () => {
  it.each(PRODUCT_STATUSES.flatMap((s) => PRODUCT_ACTIONS.map((a) => [s, a] as const)))('%s + %s', (status, action) => {
    const expected = LEGAL[`${status}:${action}`];
    expect(nextProductStatus(status, action)).toEqual(
      expected ? { ok: true, status: expected } : { ok: false, message: expect.stringContaining(`Cannot ${action} a product that is ${status}`) },
    );
  });
});

describe('completenessProblems', () => {
  const complete = {
    title: { en: 'Tagine' },
    description: { en: 'A glazed clay tagine' },
    hsCode: '691200',
    priceMinor: 45000,
    weightGrams: 2500,
    materials: ['clay'],
    images: [{ status: 'processing' }, { status: 'ready' }],
  };

  it.each([
    [{}, []],
    [{ title: { en: ' ' } }, ['an English title']],
    [{ description: {} }, ['an English description']],
    [{ hsCode: null }, ['an HS code']],
    [{ priceMinor: 0 }, ['a price above zero']],
    [{ weightGrams: 0 }, ['a weight']],
    [{ materials: [], images: [] }, ['at least one material', 'at least one processed photo']],
    [{ images: [{ status: 'processing' }, { status: 'failed' }] }, ['at least one processed photo']],
  ])('%j → %j', (overrides, problems) => {
    expect(completenessProblems({ ...complete, ...overrides })).toEqual(problems);
  });
});

describe('changesCustomsFields', () => {
  const before = { hsCode: '691200', weightGrams: 2500, materials: ['clay'], branch: 'pottery', priceMinor: 100, stock: 3 };
  it.each([
    [{ priceMinor: 200, stock: 1 }, false],
    [{ hsCode: '691200' }, false],
    [{ hsCode: '691390' }, true],
    [{ weightGrams: 2600 }, true],
    [{ materials: ['clay', 'glaze'] }, true],
    [{ materials: ['clay'] }, false],
    [{ branch: 'zellige' }, true],
  ])('%j → %s', (changes, expected) => {
    expect(changesCustomsFields(before, changes)).toBe(expected);
  });
});
