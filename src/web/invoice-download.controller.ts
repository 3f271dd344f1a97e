import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { renderCommercialInvoicePdf } from '../invoices/commercial-invoice.pdf';
import { CommercialInvoiceService } from '../invoices/commercial-invoice.service';
import { notFound } from './page-ids';
import { Pages } from './web.decorator';

/**
 * A paid cooperative part's commercial invoice as PDF for the signed-in user. The access rules
 * (that cooperative's members, admins, the order's buyer) are CommercialInvoiceService's own, so the
 * page link and `GET /api/v1/cooperative-orders/:id/commercial-invoice` can never disagree.
 */
@Pages()
@Controller('cooperative-orders')
export class InvoiceDownloadController {
  constructor(private readonly invoices: CommercialInvoiceService) {}

  @Get(':id/commercial-invoice.pdf')
  @Auth()
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', notFound('Cooperative order')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const invoice = await this.invoices.invoice(id, user);
    const pdf = await renderCommercialInvoicePdf(invoice);
    res
      .status(200)
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="commercial-invoice-${invoice.invoiceNumber}.pdf"`)
      .set('Cache-Control', 'private, no-store')
      .send(pdf);
  }
}
