import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { PayoutsController } from './payouts.controller';

@Module({
  imports: [CooperativesModule],
  controllers: [PayoutsController],
  providers: [LedgerService, LedgerRepository],
  exports: [LedgerService],
})
export class PayoutsModule {}
