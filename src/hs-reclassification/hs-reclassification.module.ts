import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { HsCodesModule } from '../hs-codes/hs-codes.module';
import { HsReclassificationController } from './hs-reclassification.controller';
import { HsReclassificationRepository } from './hs-reclassification.repository';
import { HsReclassificationService } from './hs-reclassification.service';

/** Moving products to a newer HS edition: flagged codes, the cooperative's pick, the admin backlog. */
@Module({
  imports: [CooperativesModule, HsCodesModule],
  controllers: [HsReclassificationController],
  providers: [HsReclassificationService, HsReclassificationRepository],
  exports: [HsReclassificationService, HsReclassificationRepository],
})
export class HsReclassificationModule {}
