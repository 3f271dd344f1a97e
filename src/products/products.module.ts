import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module';
import { HsCodesModule } from '../hs-codes/hs-codes.module';
import { MediaModule } from '../media/media.module';
import { CatalogService } from './catalog.service';
import { ProductImagesController } from './product-images.controller';
import { ProductImagesService } from './product-images.service';
import { ProductRepository } from './product.repository';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

@Module({
  imports: [CooperativesModule, ExchangeRatesModule, HsCodesModule, MediaModule],
  controllers: [ProductsController, ProductImagesController],
  providers: [ProductsService, CatalogService, ProductImagesService, ProductRepository],
  exports: [CatalogService, ProductsService, ProductImagesService],
})
export class ProductsModule {}
