import { DomainError } from '../errors/domain-error';

/** The version in an If-Match header (`"7"`, `W/"7"` or `7`), as ETag headers carry it; undefined if absent. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match || Number(match[1]) < 1) {
    throw new DomainError('VALIDATION_FAILED', 'If-Match must be the product version from its ETag, such as "7"');
  }
  return Number(match[1]);
}

export const etagOf = (version: number): string => `"${version}"`;
