import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { CommercialInvoiceController } from './commercial-invoice.controller';
import { CommercialInvoiceService } from './commercial-invoice.service';

@Module({
  imports: [CooperativesModule],
  controllers: [CommercialInvoiceController],
  providers: [CommercialInvoiceService],
  exports: [CommercialInvoiceService],
})
export class InvoicesModule {}
