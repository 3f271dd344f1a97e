import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { CooperativesService } from './cooperatives.service';
import { CreateCooperativeDto } from './dto/create-cooperative.dto';
import { CooperativePage, CooperativeView } from './dto/cooperative.view';
import { ListCooperativesQuery } from './dto/list-cooperatives.query';
import { StatusReasonDto } from './dto/status-reason.dto';
import { UpdateCooperativeDto } from './dto/update-cooperative.dto';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('cooperatives')
@Controller('cooperatives')
export class CooperativesController {
  constructor(private readonly cooperatives: CooperativesService) {}

  @Post()
  @Auth('artisan')
  @ApiOperation({ summary: 'Apply to list a cooperative (starts pending; the caller becomes its manager)' })
  @ApiCreatedResponse({ type: CooperativeView })
  @ApiConflictResponse({ type: ErrorBody, description: 'ICE_TAKEN' })
  apply(@CurrentUser() user: AuthUser, @Body() dto: CreateCooperativeDto): Promise<CooperativeView> {
    return this.cooperatives.apply(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Approved cooperatives (admins may filter by status)' })
  @ApiOkResponse({ type: CooperativePage })
  list(@Query() query: ListCooperativesQuery, @CurrentUser() user?: AuthUser): Promise<CooperativePage> {
    return this.cooperatives.list(query, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An approved cooperative, or any status for its members and admins' })
  @ApiOkResponse({ type: CooperativeView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', uuid) id: string, @CurrentUser() user?: AuthUser): Promise<CooperativeView> {
    return this.cooperatives.get(id, user);
  }

  @Patch(':id')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Partial update by a manager of the cooperative or an admin' })
  @ApiOkResponse({ type: CooperativeView })
  update(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: UpdateCooperativeDto): Promise<CooperativeView> {
    return this.cooperatives.update(id, user, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'pending → approved' })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE' })
  approve(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser): Promise<CooperativeView> {
    return this.cooperatives.transition(id, admin, 'approve');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'pending → rejected, with a reason' })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE' })
  reject(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser, @Body() dto: StatusReasonDto): Promise<CooperativeView> {
    return this.cooperatives.transition(id, admin, 'reject', dto.reason);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'approved → suspended, with a reason; hides it and its products, blocks new orders' })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE' })
  suspend(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser, @Body() dto: StatusReasonDto): Promise<CooperativeView> {
    return this.cooperatives.transition(id, admin, 'suspend', dto.reason);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'suspended → approved' })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE' })
  reinstate(@Param('id', uuid) id: string, @CurrentUser() admin: AuthUser): Promise<CooperativeView> {
    return this.cooperatives.transition(id, admin, 'reinstate');
  }
}
