import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { renderCommercialInvoicePdf } from '../invoices/commercial-invoice.pdf';
import { CommercialInvoiceService } from '../invoices/commercial-invoice.service';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A paid cooperative part's commercial invoice as PDF for the signed-in user. The access rules
 * (that cooperative's members, admins, the order's buyer) are CommercialInvoiceService's own, so the
 * page link and `GET /api/v1/cooperative-orders/:id/commercial-invoice` can never disagree.
 */
@Injectable()
export class InvoiceDownloadController {
  constructor(private readonly invoices: CommercialInvoiceService) {}

  readonly download = async (req: WebRequest, res: Response): Promise<void> => {
    if (!req.web.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to download invoices');
    const id = String(req.params.id);
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Cooperative order not found');
    const invoice = await this.invoices.invoice(id, req.web.user);
    const pdf = await renderCommercialInvoicePdf(invoice);
    res
      .status(200)
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="commercial-invoice-${invoice.invoiceNumber}.pdf"`)
      .set('Cache-Control', 'private, no-store')
      .send(pdf);
  };
}
