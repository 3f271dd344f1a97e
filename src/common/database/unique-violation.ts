import { QueryFailedError } from 'typeorm';

/** True when `error` is PostgreSQL refusing a duplicate on the named unique constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as { code?: string }).code === '23505' &&
    (error as { constraint?: string }).constraint === constraint
  );
}
