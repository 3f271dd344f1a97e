import type { AuthUser } from '../auth/auth-user';
import type { UserRole } from '../auth/user-role';
import { DomainError } from '../common/errors/domain-error';
import type { WebContext } from './web-context';

/** The signed-in user when they have the role: anonymous visitors are sent to sign in, others get 403. */
export function requireRole(web: WebContext, role: UserRole): AuthUser {
  if (!web.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to open this page');
  if (web.user.role !== role) throw new DomainError('FORBIDDEN', `This page is for: ${role}`);
  return web.user;
}
