import { applyDecorators } from '@nestjs/common';
import { IsDateString, ValidateBy, ValidationOptions } from 'class-validator';

/** Years a dated rate may lie before today or ahead of it. */
export const DATE_YEARS_BACK = 30;
export const DATE_YEARS_AHEAD = 2;

/** Whether an ISO date lies within the years around `today` that a dated rate can mean. */
export function isPlausibleDate(value: unknown, today = new Date()): boolean {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const year = today.getUTCFullYear();
  const from = Date.UTC(year - DATE_YEARS_BACK, 0, 1);
  const to = Date.UTC(year + DATE_YEARS_AHEAD, today.getUTCMonth(), today.getUTCDate() + 1);
  return time >= from && time < to;
}

/**
 * A strict ISO date within the plausible years: a rate dated 9999-12-31 would be "latest" forever
 * and freeze every later table, one dated 0001 would apply to all history.
 */
export function IsPlausibleDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    IsDateString({ strict: true }, options),
    ValidateBy(
      {
        name: 'isPlausibleDate',
        validator: {
          validate: (value) => isPlausibleDate(value),
          defaultMessage: (args) =>
            `${args?.property} must be a date at most ${DATE_YEARS_BACK} years back and ${DATE_YEARS_AHEAD} years ahead`,
        },
      },
      options,
    ),
  );
}
