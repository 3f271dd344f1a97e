import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import type { UserRole } from './user-role';

export const AUTH_METADATA = 'hirfa:auth';

export interface AuthRequirement {
  roles: UserRole[];
}

/**
 * Requires a signed-in caller, with one of `roles` when given. Routes without it are public; the
 * global guard still reads a token there when one is sent.
 */
export function Auth(...roles: UserRole[]): MethodDecorator & ClassDecorator {
  const decorators = [
    SetMetadata(AUTH_METADATA, { roles } satisfies AuthRequirement),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBody, description: 'Missing, invalid or expired access token' }),
  ];
  if (roles.length > 0) {
    decorators.push(ApiForbiddenResponse({ type: ErrorBody, description: `Only for: ${roles.join(', ')}` }));
  }
  return applyDecorators(...decorators);
}
