import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { ConfirmBankTransferDto } from './dto/confirm-bank-transfer.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { OrderPage, OrderView } from './dto/order.view';
import { IdempotencyKey } from './idempotency-key.decorator';
import { OrderPaymentService } from './order-payment.service';
import { OrdersService } from './orders.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly payments: OrderPaymentService,
  ) {}

  @Post()
  @Auth('buyer')
  @ApiOperation({ summary: 'Place an order across cooperatives; stock is reserved until payment or expiry' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: the same order, reserved once' })
  @ApiCreatedResponse({ type: OrderView })
  @ApiConflictResponse({ type: ErrorBody, description: 'OUT_OF_STOCK with the short items' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      'IDEMPOTENCY_CONFLICT, PRODUCT_UNAVAILABLE, INVALID_DESTINATION, CARD_CURRENCY_NOT_SUPPORTED (three-decimal currencies by card)…',
  })
  place(@CurrentUser() buyer: AuthUser, @Body() dto: CreateOrderDto, @IdempotencyKey() key?: string): Promise<OrderView> {
    return this.orders.place(buyer, dto, key);
  }

  @Get()
  @Auth('buyer', 'admin')
  @ApiOperation({ summary: "The caller's orders (admins: all), newest first" })
  @ApiOkResponse({ type: OrderPage })
  list(@CurrentUser() user: AuthUser, @Query() query: ListOrdersQuery): Promise<OrderPage> {
    return this.orders.list(user, query);
  }

  @Get(':id')
  @Auth('buyer', 'admin')
  @ApiOperation({ summary: 'One order (its buyer or an admin)' })
  @ApiOkResponse({ type: OrderView })
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<OrderView> {
    return this.orders.get(id, user);
  }

  @Post(':id/confirm-bank-transfer')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'Record a bank transfer equal to the total: the order is paid' })
  @ApiOkResponse({ type: OrderView })
  confirmBankTransfer(
    @Param('id', uuid) id: string,
    @CurrentUser() admin: AuthUser,
    @Body() dto: ConfirmBankTransferDto,
  ): Promise<OrderView> {
    return this.payments.confirmBankTransfer(id, admin, dto);
  }
}
