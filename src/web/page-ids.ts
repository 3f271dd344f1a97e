import type { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { uuidPipe } from '../common/http/uuid.pipe';

/** A page's id in its path: a malformed one names nothing, so the page is "not found" (404), as for an unknown id. */
export function notFound(what: string): ParseUUIDPipe {
  return uuidPipe(() => new DomainError('NOT_FOUND', `${what} not found`));
}
