import { AuditEntry } from '../../audit/audit-entry';
import { LoginThrottle } from '../../auth/login-throttle';
import { User } from '../../auth/user';
import { Cooperative } from '../../cooperatives/cooperative';
import { CooperativeMember } from '../../cooperatives/cooperative-member';

/** Every entity of the app: TypeORM, the CLI and the migration-drift test read this one list. */
export const ENTITIES = [User, LoginThrottle, Cooperative, CooperativeMember, AuditEntry];
