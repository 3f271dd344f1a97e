import { ValidationOptions, registerDecorator } from 'class-validator';
import { isValidIce } from '../ice';

/** A 15-digit ICE whose value is divisible by 97; the message says which of the two failed. */
export function IsIce(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIce',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidIce(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && /^\d{15}$/.test(args.value)
            ? 'ice has invalid check digits (an ICE is divisible by 97)'
            : 'ice must be exactly 15 digits',
      },
    });
}
