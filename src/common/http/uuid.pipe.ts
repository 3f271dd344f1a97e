import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/**
 * The one check of ids in paths, for the API and the pages. By default a malformed id is the API's
 * 400 BAD_REQUEST; a page passes the error it answers instead (a malformed id names nothing: 404).
 */
export function uuidPipe(
  invalid: () => DomainError = () => new DomainError('BAD_REQUEST', 'Validation failed (uuid is expected)'),
): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: invalid });
}
