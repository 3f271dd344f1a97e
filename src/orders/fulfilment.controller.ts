import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListCooperativeOrdersQuery } from './dto/list-cooperative-orders.query';
import { CooperativeOrderDetailView, CooperativeOrderPage } from './dto/order.view';
import { ShipDto } from './dto/ship.dto';
import { FulfilmentService } from './fulfilment.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('orders')
@Controller()
@Auth('artisan', 'admin')
export class FulfilmentController {
  constructor(private readonly fulfilment: FulfilmentService) {}

  @Get('cooperatives/:id/orders')
  @ApiOperation({ summary: "The cooperative's part of each order, newest first, optionally of one part status (members)" })
  @ApiOkResponse({ type: CooperativeOrderPage })
  list(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: ListCooperativeOrdersQuery,
  ): Promise<CooperativeOrderPage> {
    return this.fulfilment.list(id, user, query);
  }

  @Post('cooperative-orders/:id/ship')
  @HttpCode(200)
  @ApiOperation({ summary: 'paid → shipped, with carrier and tracking number' })
  @ApiOkResponse({ type: CooperativeOrderDetailView })
  ship(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: ShipDto): Promise<CooperativeOrderDetailView> {
    return this.fulfilment.ship(id, user, dto);
  }

  @Post('cooperative-orders/:id/deliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'shipped → delivered; the order completes when every part is delivered' })
  @ApiOkResponse({ type: CooperativeOrderDetailView })
  deliver(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<CooperativeOrderDetailView> {
    return this.fulfilment.deliver(id, user);
  }
}
