import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { OutboxMessageView, OutboxPage } from './dto/outbox.view';
import { OutboxQuery } from './dto/outbox.query';
import { OutboxAdminService } from './outbox-admin.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('admin')
@Controller('admin/outbox')
@Auth('admin')
export class OutboxController {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Messages sent, waiting, failing or dead, newest first' })
  @ApiOkResponse({ type: OutboxPage })
  list(@Query() query: OutboxQuery): Promise<OutboxPage> {
    return this.outbox.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One message with its HTML and plain-text parts' })
  @ApiOkResponse({ type: OutboxMessageView })
  get(@Param('id', uuid) id: string): Promise<OutboxMessageView> {
    return this.outbox.get(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queue a failed or dead message again' })
  @ApiOkResponse({ type: OutboxMessageView })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE: the message is pending or sent' })
  retry(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser): Promise<OutboxMessageView> {
    return this.outbox.retry(id, admin);
  }
}
