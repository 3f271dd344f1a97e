import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips the key values', () => {
    const cursor = encodeCursor(['2026-01-01T00:00:00.000Z', 'abc', 42]);
    expect(decodeCursor(cursor, ['string', 'string', 'number'])).toEqual(['2026-01-01T00:00:00.000Z', 'abc', 42]);
  });

  it.each([
    ['not base64 json', 'zzz', ['string']],
    ['wrong arity', encodeCursor(['a', 'b']), ['string']],
    ['wrong type', encodeCursor([1]), ['string']],
    ['not an array', Buffer.from('{"a":1}').toString('base64url'), ['string']],
  ] as const)('refuses %s', (_label, cursor, shape) => {
    expect(() => decodeCursor(cursor, [...shape])).toThrow(DomainError);
  });
});
