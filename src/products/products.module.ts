import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { HsCodesModule } from '../hs-codes/hs-codes.module';
import { CatalogService } from './catalog.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

@Module({
  imports: [CooperativesModule, ExchangeRatesModule, HsCodesModule],
  controllers: [ProductsController],
  providers: [ProductsService, CatalogService],
  exports: [CatalogService, ProductsService],
})
export class ProductsModule {}
