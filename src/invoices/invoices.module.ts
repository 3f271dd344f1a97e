import { Module } from '@nestjs/common';
import { CooperativesModule } from '../cooperatives/cooperatives.module';
import { OrdersModule } from '../orders/orders.module';
import { CommercialInvoiceController } from './commercial-invoice.controller';
import { CommercialInvoiceService } from './commercial-invoice.service';
import { InvoiceRepository } from './invoice.repository';

@Module({
  imports: [CooperativesModule, OrdersModule],
  controllers: [CommercialInvoiceController],
  providers: [CommercialInvoiceService, InvoiceRepository],
  exports: [CommercialInvoiceService],
})
export class InvoicesModule {}
