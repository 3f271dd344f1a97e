import { Global, Module } from '@nestjs/common';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every feature that changes records writes to the audit log. */
@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditEntryRepository], exports: [AuditService] })
export class AuditModule {}
