import { Module } from '@nestjs/common';
import { HsCodesController } from './hs-codes.controller';
import { HsCodesService } from './hs-codes.service';
import { HsSuggestService } from './hs-suggest.service';

/** The HS nomenclature: lookup, search, suggestions, and the product-code check other modules use. */
@Module({
  controllers: [HsCodesController],
  providers: [HsCodesService, HsSuggestService],
  exports: [HsCodesService, HsSuggestService],
})
export class HsCodesModule {}
