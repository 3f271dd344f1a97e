import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { AUTH_METADATA, AuthRequirement } from './auth.decorator';
import type { AuthUser } from './auth-user';
import { USER_ROLES, type UserRole } from './user-role';

interface TokenPayload {
  sub: string;
  email: string;
  role: UserRole;
}

/** Global guard: verifies a bearer token when present and enforces `@Auth()` requirements. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token, { algorithms: ['HS256'] });
      if (!USER_ROLES.includes(payload.role)) throw new Error('unknown role');
      return { id: payload.sub, email: payload.email, role: payload.role };
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'Access token is invalid or expired');
    }
  }
}
