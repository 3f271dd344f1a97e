/** Deeper than any body or query Hirfa accepts; deeper input would only exhaust the validator's stack. */
export const MAX_INPUT_DEPTH = 32;

/** Keys that name prototype machinery: never a field of ours, and dangerous to copy onto objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A NUL (PostgreSQL refuses it in text) or half of a UTF-16 surrogate pair (not Unicode at all). */
const isUnsafeText = (text: string): boolean => text.includes('\0') || LONE_SURROGATE.test(text);

export interface InputProblem {
  field: string;
  errors: string[];
}

function childPath(parent: string, key: string, isArray: boolean): string {
  if (isArray) return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * The first reason this parsed JSON, form or query value cannot be input to any route, or
 * undefined. Checked before validation so every route refuses it the same way.
 */
export function findUnsafeInput(value: unknown, path = '', depth = 0): InputProblem | undefined {
  if (typeof value === 'string') {
    return isUnsafeText(value)
      ? { field: path, errors: [`${path || 'value'} contains a NUL character or an unpaired UTF-16 surrogate`] }
      : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return { field: path, errors: [`input is nested deeper than ${MAX_INPUT_DEPTH} levels`] };
  const isArray = Array.isArray(value);
  for (const key of Object.keys(value)) {
    const field = childPath(path, key, isArray);
    if (!isArray && FORBIDDEN_KEYS.has(key)) return { field, errors: [`property ${key} should not exist`] };
    if (isUnsafeText(key)) return { field, errors: ['a property name contains a NUL character or an unpaired UTF-16 surrogate'] };
    const problem = findUnsafeInput((value as Record<string, unknown>)[key], field, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}
