import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CooperativeAccess } from '../cooperatives/cooperative-access.service';
import { LedgerEntryView, PayoutStatementView } from './dto/payout-statement.view';
import { RecordPayoutDto } from './dto/record-payout.dto';
import { LedgerEntry } from './ledger-entry';
import { LedgerService } from './ledger.service';

const view = (e: LedgerEntry): LedgerEntryView => ({
  id: e.id,
  kind: e.kind,
  amountMadMinor: e.amountMadMinor,
  orderId: e.orderId,
  reference: e.reference,
  createdAt: e.createdAt,
});

@ApiTags('payouts')
@Controller()
export class PayoutsController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly access: CooperativeAccess,
  ) {}

  @Get('cooperatives/:id/payouts')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Balance and latest ledger entries of a cooperative (members, admins)' })
  @ApiOkResponse({ type: PayoutStatementView })
  async statement(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<PayoutStatementView> {
    await this.access.assertCanRead(id, user);
    const { balanceMadMinor, entries } = await this.ledger.statement(id, 100);
    return { cooperativeId: id, balanceMadMinor, currency: 'MAD', entries: entries.map(view) };
  }

  @Post('admin/payouts')
  @Auth('admin')
  @ApiOperation({ summary: 'Record a bank-transfer settlement to a cooperative (MAD)' })
  @ApiCreatedResponse({ type: LedgerEntryView })
  async record(@Body() dto: RecordPayoutDto, @CurrentUser() admin: AuthUser): Promise<LedgerEntryView> {
    return view(await this.ledger.recordPayout(admin, dto.cooperativeId, dto.amountMinor, dto.reference));
  }
}
