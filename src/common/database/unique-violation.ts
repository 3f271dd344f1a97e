import { pgErrorCode } from './pg-error-code';

/** True when `error` is PostgreSQL refusing a duplicate on the named unique constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return pgErrorCode(error) === '23505' && (error as { constraint?: string }).constraint === constraint;
}
