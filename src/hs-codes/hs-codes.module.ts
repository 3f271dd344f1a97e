import { Module } from '@nestjs/common';
import { HsCodesController } from './hs-codes.controller';
import { HsCodesService } from './hs-codes.service';
import { HsEditionsService } from './hs-editions.service';
import { HsSuggestService } from './hs-suggest.service';

/** The HS nomenclature: lookup, search, suggestions, and the product-code check other modules use. */
@Module({
  controllers: [HsCodesController],
  providers: [HsCodesService, HsSuggestService, HsEditionsService],
  exports: [HsCodesService, HsSuggestService, HsEditionsService],
})
export class HsCodesModule {}
