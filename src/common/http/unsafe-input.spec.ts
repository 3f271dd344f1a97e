import { findUnsafeInput, MAX_INPUT_DEPTH } from './unsafe-input';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('findUnsafeInput', () => {
  it.each([
    ['plain text, Arabic and emoji', { name: 'زربية 🧶', items: [{ q: 1 }], n: null }],
    ['a proper surrogate pair', { s: '\uD83E\uDDF6' }],
    ['nesting at the limit', nested(MAX_INPUT_DEPTH)],
    ['a key merely containing constructor', { constructorName: 'x' }],
  ])('accepts %s', (_name, value) => {
    expect(findUnsafeInput(value)).toBeUndefined();
  });

  it.each([
    ['a NUL in a nested string', { address: { line1: 'a\u0000b' } }, 'address.line1'],
    ['a NUL in an array item', { materials: ['clay', '\u0000'] }, 'materials[1]'],
    ['a lone high surrogate', { email: 'a\uD800@example.com' }, 'email'],
    ['a lone low surrogate at the start', { reason: '\uDC00x' }, 'reason'],
    ['a constructor key', { constructor: 1 }, 'constructor'],
    ['a __proto__ key', JSON.parse('{"a":{"__proto__":{"x":1}}}'), 'a.__proto__'],
    ['a NUL in a key', { ['k\u0000']: 1 }, 'k\u0000'],
  ])('refuses %s at %s', (_name, value, field) => {
    expect(findUnsafeInput(value)?.field).toBe(field);
  });

  it('refuses nesting past the limit without walking all of it', () => {
    const problem = findUnsafeInput(nested(5000));
    expect(problem?.errors[0]).toMatch(/nested deeper/);
  });
});
