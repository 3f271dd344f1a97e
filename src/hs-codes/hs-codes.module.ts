import { Module } from '@nestjs/common';
import { HsCodesController } from './hs-codes.controller';
import { HsCodesService } from './hs-codes.service';
import { HsEditionRepository } from './hs-edition.repository';
import { HsEditionsService } from './hs-editions.service';
import { HsNomenclatureRepository } from './hs-nomenclature.repository';
import { HsSuggestService } from './hs-suggest.service';

/** The HS nomenclature: lookup, search, suggestions, and the product-code check other modules use. */
@Module({
  controllers: [HsCodesController],
  providers: [HsCodesService, HsSuggestService, HsEditionsService, HsEditionRepository, HsNomenclatureRepository],
  exports: [HsCodesService, HsSuggestService, HsEditionsService],
})
export class HsCodesModule {}
