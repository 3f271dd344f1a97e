import { destinationAllowed } from './destination-rule';

describe('destinationAllowed', () => {
  it.each([
    ['MA', false],
    ['EH', false],
    ['FR', true],
    ['US', true],
    ['DZ', true],
    ['ES', true],
  ])('%s: %s', (country, allowed) => {
    expect(destinationAllowed(country)).toBe(allowed);
  });
});
