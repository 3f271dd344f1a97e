import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsOptional, Length } from 'class-validator';

/** An optional calendar day, YYYY-MM-DD (periods of reports and statements, in UTC). */
export function OptionalDay(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsISO8601({ strict: true }), Length(10, 10, { message: '$property must be a date YYYY-MM-DD' }));
}
