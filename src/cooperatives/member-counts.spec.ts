import { memberCountProblems } from './member-counts';

describe('memberCountProblems', () => {
  it.each([
    [{ total: 10, women: 10, youth: 0, rural: 10 }, []],
    [{ total: 1, women: 0, youth: 0, rural: 0 }, []],
    [{ total: 10, women: 11, youth: 0, rural: 0 }, ['members.women']],
    [{ total: 10, women: 1, youth: 12, rural: 13 }, ['members.youth', 'members.rural']],
    [{ total: 0, women: 0, youth: 0, rural: 0 }, ['members.total']],
    [{ total: 5, women: -1, youth: 0, rural: 0 }, ['members.women']],
    [{ total: 5, women: 1.5, youth: 0, rural: 0 }, ['members.women']],
  ])('%j → %j', (counts, fields) => {
    expect(memberCountProblems(counts).map((p) => p.field)).toEqual(fields);
  });
});
