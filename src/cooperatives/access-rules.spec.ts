import {
  isAdmin,
  mayActForCooperative,
  mayChangeIce,
  mayPayOrder,
  maySeeCooperativeOrder,
  maySeeInsuranceQuote,
  maySeeOrder,
  seesEverything,
} from './access-rules';

const admin = { id: 'admin', role: 'admin' as const };
const artisan = { id: 'artisan', role: 'artisan' as const };
const buyer = { id: 'buyer', role: 'buyer' as const };
const stranger = { id: 'stranger', role: 'buyer' as const };

describe('mayActForCooperative', () => {
  it.each([
    ['an admin without membership, as member', admin, null, 'member', true],
    ['an admin without membership, as manager', admin, null, 'manager', true],
    ['a member, as member', artisan, 'member', 'member', true],
    ['a member, as manager', artisan, 'member', 'manager', false],
    ['a manager, as member', artisan, 'manager', 'member', true],
    ['a manager, as manager', artisan, 'manager', 'manager', true],
    ['an outsider, as member', artisan, null, 'member', false],
    ['an outsider, as manager', artisan, null, 'manager', false],
  ] as const)('%s', (_label, user, membership, need, expected) => {
    expect(mayActForCooperative(user, membership, need)).toBe(expected);
  });

  it('asks for membership when no need is given', () => {
    expect(mayActForCooperative(artisan, 'member')).toBe(true);
  });
});

describe('orders and quotes', () => {
  const order = { buyerId: 'buyer' };
  const quote = { requesterId: 'buyer' };

  it.each([
    ['the buyer', buyer, true, true, true],
    ['an admin', admin, true, false, true],
    ['another buyer', stranger, false, false, false],
    ['an artisan', artisan, false, false, false],
  ] as const)('%s', (_label, user, sees, pays, seesQuote) => {
    expect(maySeeOrder(user, order)).toBe(sees);
    expect(mayPayOrder(user, order)).toBe(pays);
    expect(maySeeInsuranceQuote(user, quote)).toBe(seesQuote);
  });

  it.each([
    ['the buyer, not a member', buyer, null, true],
    ['an admin', admin, null, true],
    ['a member of the part cooperative', artisan, 'member', true],
    ['a manager of the part cooperative', artisan, 'manager', true],
    ['an artisan of another cooperative', artisan, null, false],
    ['another buyer', stranger, null, false],
  ] as const)('a cooperative part, seen by %s', (_label, user, membership, expected) => {
    expect(maySeeCooperativeOrder(user, order, membership)).toBe(expected);
  });
});

describe('admin-only decisions', () => {
  it.each([
    ['an admin', admin, true],
    ['an artisan', artisan, false],
    ['a buyer', buyer, false],
  ] as const)('%s', (_label, user, expected) => {
    expect(isAdmin(user)).toBe(expected);
    expect(seesEverything(user)).toBe(expected);
    expect(mayChangeIce(user)).toBe(expected);
  });

  it('an anonymous visitor does not see everything', () => {
    expect(seesEverything(undefined)).toBe(false);
  });
});
