import { AuditEntry } from '../../audit/audit-entry';
import { LoginThrottle } from '../../auth/login-throttle';
import { User } from '../../auth/user';
import { Cooperative } from '../../cooperatives/cooperative';
import { CooperativeMember } from '../../cooperatives/cooperative-member';
import { HsChapter } from '../../hs-codes/hs-chapter';
import { HsHeading } from '../../hs-codes/hs-heading';
import { HsSection } from '../../hs-codes/hs-section';
import { HsSubheading } from '../../hs-codes/hs-subheading';

/** Every entity of the app: TypeORM, the CLI and the migration-drift test read this one list. */
export const ENTITIES = [User, LoginThrottle, Cooperative, CooperativeMember, AuditEntry, HsSection, HsChapter, HsHeading, HsSubheading];
