/** Browser tests: real headless Chromium (Debian's package) against the app on a real port. */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  testTimeout: 120000,
  // One browser at a time keeps the run light next to PostgreSQL.
  maxWorkers: 1,
};
