import { DomainError } from '../errors/domain-error';
import { versionFromIfMatch } from './if-match';

describe('versionFromIfMatch', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['"7"', 7],
    ['W/"12"', 12],
    ['7', 7],
  ])('%j → %j', (header, expected) => {
    expect(versionFromIfMatch(header)).toBe(expected);
  });

  it.each(['*', '"0"', '"abc"', '"1", "2"', '"12345678901"'])('refuses %j', (header) => {
    expect(() => versionFromIfMatch(header)).toThrow(DomainError);
  });
});
