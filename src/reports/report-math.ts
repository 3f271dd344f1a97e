import { allocate } from '../common/money';

/**
 * Shares in percent with 2 decimals that add up to exactly 100 (when anything was sold): basis
 * points are split by largest remainder, so rounding never leaves the column at 99.99 or 100.01.
 */
export function sharePercents(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  if (values.every((value) => value === 0)) return values.map(() => 0);
  return allocate(10_000, values).map((bps) => bps / 100);
}

/** Change on the earlier value in percent, 2 decimals rounded half away from zero; null without a base. */
export function growthPercent(current: number, previous: number): number | null {
  if (previous === 0) return null;
  const hundredths =
    (BigInt(current - previous) * 10_000n * 2n + (current >= previous ? 1n : -1n) * BigInt(previous)) / (2n * BigInt(previous));
  return Number(hundredths) / 100;
}

/**
 * One CSV field per RFC 4180; a leading formula character is quoted away so spreadsheets do not run it.
 * A plain decimal number (a debit such as -10.50) is left as it is: it cannot be a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const formula = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value);
  const text = formula ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** part / whole in percent, 2 decimals rounded half up; 0 when the whole is 0. */
export function percentOf(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole))) / 100;
}
