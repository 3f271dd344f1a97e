import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AccessService } from '../cooperatives/access.service';
import { PayoutStatementQuery } from './dto/payout-statement.query';
import { LedgerEntryView, PayoutStatementView, toLedgerEntryView } from './dto/payout-statement.view';
import { RecordPayoutDto } from './dto/record-payout.dto';
import { LedgerService } from './ledger.service';
import { payoutStatementCsv } from './payout-statement.csv';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('payouts')
@Controller()
export class PayoutsController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly access: AccessService,
  ) {}

  @Get('cooperatives/:id/payouts')
  @Auth('artisan', 'admin')
  @ApiOperation({
    summary: 'Payout statement of a cooperative (members, admins): balance, and ledger entries newest first, paged, for a period',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: PayoutStatementView })
  async statement(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: PayoutStatementQuery,
  ): Promise<PayoutStatementView | StreamableFile> {
    await this.access.assertCanReadCooperative(user, id);
    const csv = query.format === 'csv';
    const statement = await this.ledger.statement(id, { ...query, limit: csv ? null : query.limit });
    if (!csv) return statement;
    const { fileName, body } = payoutStatementCsv(statement);
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${fileName}"`,
    });
  }

  @Post('admin/payouts')
  @Auth('admin')
  @ApiOperation({ summary: 'Record a bank-transfer settlement to a cooperative (MAD)' })
  @ApiCreatedResponse({ type: LedgerEntryView })
  async record(@Body() dto: RecordPayoutDto, @CurrentUser() admin: AuthUser): Promise<LedgerEntryView> {
    return toLedgerEntryView(await this.ledger.recordPayout(admin, dto.cooperativeId, dto.amountMinor, dto.reference));
  }
}
