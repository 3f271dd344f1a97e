import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

/**
 * The PostgreSQL error code (SQLSTATE) of a failed query, whether it came through TypeORM
 * (QueryFailedError) or straight from the pg pool (DatabaseError, as the catalog's queries do).
 */
export function pgErrorCode(error: unknown): string | undefined {
  if (error instanceof QueryFailedError || error instanceof DatabaseError) return (error as { code?: string }).code;
  return undefined;
}
