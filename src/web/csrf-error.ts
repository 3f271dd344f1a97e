import { DomainError } from '../common/errors/domain-error';

/** A storefront form arrived without a valid CSRF token: answered 403 with a page saying so. */
export class CsrfError extends DomainError {
  constructor() {
    super('FORBIDDEN', 'The form is missing a valid CSRF token');
    this.name = 'CsrfError';
  }
}
