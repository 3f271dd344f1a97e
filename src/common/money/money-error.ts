/**
 * A money rule was broken: a non-integer or unsafe amount, an unknown currency, a malformed or
 * non-positive rate. Inputs are validated at the HTTP edge first, so reaching this is a bug and
 * surfaces as a logged 500, except where a service deliberately catches it (e.g. parsing an
 * admin-entered rate).
 */
export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}
