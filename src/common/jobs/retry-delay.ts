/**
 * How long a background job leaves a row alone after `attempts` failures in a row: one minute,
 * doubling, at most an hour, so one broken order neither blocks the others nor floods the logs.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}
