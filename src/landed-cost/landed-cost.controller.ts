import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PutRuleSetDto } from './dto/put-rule-set.dto';
import { RuleSetView } from './dto/rule-set.view';
import { LandedCostRulesService } from './landed-cost-rules.service';

@ApiTags('landed-cost')
@Controller('admin/landed-cost/rules')
export class LandedCostController {
  constructor(private readonly rules: LandedCostRulesService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({ summary: "Every destination's current landed-cost rules" })
  @ApiOkResponse({ type: [RuleSetView] })
  list(): Promise<RuleSetView[]> {
    return this.rules.list();
  }

  @Put(':destination')
  @Auth('admin')
  @ApiOperation({ summary: "Publish a destination's rules as a new version (audited); orders keep the versions that priced them" })
  @ApiOkResponse({ type: RuleSetView })
  put(@Param('destination') destination: string, @CurrentUser() admin: AuthUser, @Body() dto: PutRuleSetDto): Promise<RuleSetView> {
    return this.rules.publish(admin, destination.toUpperCase(), dto.rules);
  }
}
