import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateIf, ValidateNested } from 'class-validator';

/**
 * A nested object field: present (unless `optional`), an object and not an array or a string, and
 * valid itself. ValidateNested alone lets a missing or array value through.
 */
export function NestedObject(type: () => new () => object, options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : []),
    IsObject({ message: '$property must be an object' }),
    ValidateNested(),
    Type(type),
  );
}

/**
 * May be left out, but not sent as null: unlike IsOptional, a null is validated (and refused) rather
 * than reaching the service as if it were a value.
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
