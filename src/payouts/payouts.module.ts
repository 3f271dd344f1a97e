import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { LedgerService } from './ledger.service';
import { PayoutsController } from './payouts.controller';

@Module({ imports: [CooperativesModule], controllers: [PayoutsController], providers: [LedgerService], exports: [LedgerService] })
export class PayoutsModule {}
