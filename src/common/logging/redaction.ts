/** Never logged: credentials in headers and any password, token or secret in a logged object. */
export const REDACTED_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'headers["stripe-signature"]',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.secret',
  '*.token',
  'password',
  'passwordHash',
  'accessToken',
  'secret',
  'token',
];
