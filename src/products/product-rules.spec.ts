import { assertTransition, canTransition } from '../common/domain/lifecycle';
import { PRODUCT_STATUSES } from './product-status';
import { changesCustomsFields, completenessProblems, PRODUCT_ACTIONS, PRODUCT_LIFECYCLE } from './product-rules';

const LEGAL: Record<string, string> = {
  'draft:submit': 'pending_review',
  'rejected:submit': 'pending_review',
  'pending_review:approve': 'published',
  'pending_review:reject': 'rejected',
  'published:archive': 'archived',
  'published:customs_change': 'pending_review',
};

describe('product lifecycle', () => {
  const events = [...PRODUCT_ACTIONS, 'customs_change'] as const;

  it.each(PRODUCT_STATUSES.flatMap((s) => events.map((a) => [s, a] as const)))('%s + %s', (status, action) => {
    const expected = LEGAL[`${status}:${action}`];
    expect(canTransition(PRODUCT_LIFECYCLE, status, action)).toBe(expected !== undefined);
    if (expected) expect(assertTransition(PRODUCT_LIFECYCLE, status, action)).toBe(expected);
    else {
      expect(() => assertTransition(PRODUCT_LIFECYCLE, status, action)).toThrow(
        expect.objectContaining({
          code: 'INVALID_STATE',
          details: { status, action },
          message: expect.stringContaining(`Cannot ${action} a product that is ${status}`),
        }),
      );
    }
  });

  it('names every status an action is allowed from', () => {
    expect(() => assertTransition(PRODUCT_LIFECYCLE, 'published', 'submit')).toThrow(
      'Cannot submit a product that is published (only one that is draft or rejected)',
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
