import type { UserRole } from './user-role';

/** Who is calling, as read from a verified access token. */
export interface AuthUser {
  id: string;
  email: string;
  role: UserRole;
}
