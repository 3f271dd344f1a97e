import { DomainError } from '../errors/domain-error';

/** Opaque keyset cursors: the sort key values of the last row seen, base64url-encoded JSON. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== shape.length || values.some((v, i) => typeof v !== shape[i])) {
    throw new DomainError('VALIDATION_FAILED', 'cursor is not valid for this list', [
      { field: 'cursor', errors: ['cursor is not valid for this list'] },
    ]);
  }
  return values as (string | number)[];
}

/**
 * SQL for a timestamptz column as the text a cursor keeps: UTC with microseconds, as PostgreSQL
 * stores it. A JavaScript Date keeps milliseconds only, and a cursor cut to the millisecond skips
 * the rows written later in that same millisecond.
 */
export function cursorTimeSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
