import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import { AuditService } from './audit.service';
import { AuditPage } from './dto/audit-entry.view';
import { AuditQuery } from './dto/audit-query';

@ApiTags('admin')
@Controller('admin/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({ summary: 'Who did what, when, to which record (newest first)' })
  list(@Query() query: AuditQuery): Promise<AuditPage> {
    return this.audit.list(query);
  }
}
