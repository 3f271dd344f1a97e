import { DomainError } from './domain-error';

/**
 * An event that the record's current status does not allow. Pure (no Nest imports) so state
 * machines can throw it; being a DomainError with code INVALID_STATE, the exception filter turns it
 * into a 409 without services catching it.
 */
export class InvalidTransitionError extends DomainError {
  constructor(
    readonly status: string,
    readonly event: string,
    message: string,
    eventKey: 'event' | 'action' = 'event',
  ) {
    super('INVALID_STATE', message, { status, [eventKey]: event });
    this.name = 'InvalidTransitionError';
  }
}
