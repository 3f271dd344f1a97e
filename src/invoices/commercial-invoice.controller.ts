import { Controller, Get, Headers, Param, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { renderCommercialInvoicePdf } from './commercial-invoice.pdf';
import { CommercialInvoiceService } from './commercial-invoice.service';
import { CommercialInvoiceView } from './dto/commercial-invoice.view';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('orders')
@Controller('cooperative-orders')
export class CommercialInvoiceController {
  constructor(private readonly invoices: CommercialInvoiceService) {}

  @Get(':id/commercial-invoice')
  @Auth()
  @ApiOperation({
    summary:
      "A cooperative part's commercial invoice, for its cooperative's members, admins and the buyer; PDF with Accept: application/pdf",
  })
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ type: CommercialInvoiceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE: the part is not paid' })
  async get(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthUser,
    @Headers('accept') accept?: string,
  ): Promise<CommercialInvoiceView | StreamableFile> {
    const invoice = await this.invoices.invoice(id, user);
    if (!accept?.toLowerCase().includes('application/pdf')) return invoice;
    return new StreamableFile(await renderCommercialInvoicePdf(invoice), {
      type: 'application/pdf',
      disposition: `inline; filename="commercial-invoice-${invoice.invoiceNumber}.pdf"`,
    });
  }
}
