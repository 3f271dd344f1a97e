import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { AddMemberDto } from './dto/add-member.dto';
import { MemberView } from './dto/member.view';
import { UpdateMemberDto } from './dto/update-member.dto';
import { MembersService } from './members.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('cooperatives')
@Controller('cooperatives/:id/members')
@Auth('artisan', 'admin')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOperation({ summary: "The cooperative's members (members and admins)" })
  @ApiOkResponse({ type: [MemberView] })
  list(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<MemberView[]> {
    return this.members.list(id, user);
  }

  @Post()
  @ApiOperation({ summary: 'Invite an existing artisan account by email (managers)' })
  @ApiCreatedResponse({ type: MemberView })
  @ApiConflictResponse({ type: ErrorBody, description: 'ALREADY_MEMBER' })
  add(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: AddMemberDto): Promise<MemberView> {
    return this.members.add(id, user, dto);
  }

  @Patch(':userId')
  @ApiOperation({ summary: "Change a member's role (managers); the last manager cannot be demoted" })
  @ApiOkResponse({ type: MemberView })
  @ApiConflictResponse({ type: ErrorBody, description: 'LAST_MANAGER' })
  changeRole(
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateMemberDto,
  ): Promise<MemberView> {
    return this.members.changeRole(id, user, userId, dto.role);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (managers) or leave (oneself); the last manager stays' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorBody, description: 'LAST_MANAGER' })
  remove(@Param('id', uuid) id: string, @Param('userId', uuid) userId: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.members.remove(id, user, userId);
  }
}
