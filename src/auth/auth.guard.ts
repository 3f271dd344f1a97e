import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { AccessTokens } from './access-tokens';
import { AUTH_METADATA, AuthRequirement } from './auth.decorator';
import type { AuthUser } from './auth-user';

/** Global guard: verifies a bearer token when present and enforces `@Auth()` requirements. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);

    const token = this.bearer(request);
    if (token !== undefined) request.user = await this.verify(token);

    if (!requirement) return true;
    if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to use this route');
    if (requirement.roles.length > 0 && !requirement.roles.includes(request.user.role)) {
      throw new DomainError('FORBIDDEN', `This route is for: ${requirement.roles.join(', ')}`);
    }
    return true;
  }

  private bearer(request: Request): string | undefined {
    const header = request.headers.authorization;
    if (!header) return undefined;
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>"');
    }
    return token;
  }

  private async verify(token: string): Promise<AuthUser> {
    const user = await this.tokens.verify(token);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Access token is invalid, expired or revoked');
    return user;
  }
}
