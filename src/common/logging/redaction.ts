/** Never logged: credentials in headers and any password, token or secret in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.secret',
  '*.token',
  'password',
  'accessToken',
];
