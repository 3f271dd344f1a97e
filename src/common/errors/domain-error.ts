import { ErrorCode } from './error-code';

/** What services throw: a stable code and a message for people; the filter picks the status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
