import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';

/** The optional Idempotency-Key header: 1 to 100 visible characters. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header('idempotency-key');
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,100}$/.test(value)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 100 visible ASCII characters', [
      { field: 'Idempotency-Key', errors: ['Idempotency-Key must be 1 to 100 visible ASCII characters'] },
    ]);
  }
  return value;
});
