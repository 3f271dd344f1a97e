import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
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
import { etagOf, versionFromIfMatch } from '../common/http/if-match';
import { CATALOG_CACHE, cachePublicly } from '../common/http/public-cache';
import { StatusReasonDto } from '../cooperatives/dto/status-reason.dto';
import { negotiateLocale } from '../common/i18n/locale';
import { CatalogService } from './catalog.service';
import { CooperativeProductsQuery } from './dto/cooperative-products-query';
import { CreateProductDto } from './dto/create-product.dto';
import { CurrencyQuery } from './dto/currency-query';
import { ListProductsQuery } from './dto/list-products.query';
import { ModerationQuery } from './dto/moderation-query';
import { ProductListPage, ProductView } from './dto/product.view';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsService } from './products.service';
import type { Response } from 'express';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('products')
@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly catalog: CatalogService,
  ) {}

  @Post('cooperatives/:id/products')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Create a draft product (members of the cooperative)' })
  @ApiCreatedResponse({ type: ProductView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'INVALID_HS_CODE' })
  @ApiConflictResponse({ type: ErrorBody, description: 'SKU_TAKEN' })
  create(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: CreateProductDto): Promise<ProductView> {
    return this.products.create(id, user, dto);
  }

  @Get('cooperatives/:id/products')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "All of a cooperative's products, any status (members and admins)" })
  @ApiOkResponse({ type: [ProductView] })
  listForCooperative(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthUser,
    @Query() query: CooperativeProductsQuery,
  ): Promise<ProductView[]> {
    return this.products.listForCooperative(id, user, query.status);
  }

  @Get('products')
  @ApiOperation({ summary: 'The catalog: published products of approved cooperatives, searchable, cursor-paged' })
  @ApiOkResponse({ type: ProductListPage })
  async list(
    @Query() query: ListProductsQuery,
    @Headers() headers: IncomingHttpHeaders,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProductListPage> {
    const page = await this.catalog.list(query, query.lang ?? negotiateLocale(headers['accept-language']));
    cachePublicly(res, headers.authorization, { ...CATALOG_CACHE, vary: ['Accept-Language'] });
    return page;
  }

  @Get('products/:id')
  @ApiOperation({ summary: 'A published product, or any status for members of its cooperative and admins' })
  @ApiOkResponse({ type: ProductView })
  async get(
    @Param('id', uuid) id: string,
    @Query() query: CurrencyQuery,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @CurrentUser() user?: AuthUser,
  ): Promise<ProductView> {
    const view = await this.products.get(id, user, query.currency);
    // Members read the version to send back as If-Match; anonymous reads get Express's hash of the
    // bytes, which also changes with what the version does not count (a display price's rate).
    if (authorization) res.setHeader('ETag', etagOf(view.version));
    cachePublicly(res, authorization, CATALOG_CACHE);
    return view;
  }

  @Patch('products/:id')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Edit; changing customs fields of a published product sends it back to review' })
  @ApiOkResponse({ type: ProductView })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version read (its ETag); needed to set stock, or send stockDelta' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'VERSION_CONFLICT: changed since read; OUT_OF_STOCK: stockDelta below the available stock',
  })
  async update(
    @Param('id', uuid) id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateProductDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProductView> {
    const view = await this.products.update(id, user, dto, versionFromIfMatch(ifMatch));
    res.setHeader('ETag', etagOf(view.version));
    return view;
  }

  @Post('products/:id/submit')
  @HttpCode(200)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'draft | rejected → pending_review (complete products only)' })
  @ApiOkResponse({ type: ProductView })
  submit(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ProductView> {
    return this.products.transition(id, user, 'submit');
  }

  @Post('products/:id/approve')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'pending_review → published' })
  @ApiOkResponse({ type: ProductView })
  approve(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ProductView> {
    return this.products.transition(id, user, 'approve');
  }

  @Post('products/:id/reject')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({ summary: 'pending_review → rejected, with a reason' })
  @ApiOkResponse({ type: ProductView })
  reject(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: StatusReasonDto): Promise<ProductView> {
    return this.products.transition(id, user, 'reject', dto.reason);
  }

  @Post('products/:id/archive')
  @HttpCode(200)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'published → archived' })
  @ApiOkResponse({ type: ProductView })
  archive(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<ProductView> {
    return this.products.transition(id, user, 'archive');
  }

  @Get('admin/products')
  @Auth('admin')
  @ApiOperation({ summary: 'Products by status for moderation (oldest change first)' })
  @ApiOkResponse({ type: [ProductView] })
  moderationQueue(@Query() query: ModerationQuery): Promise<ProductView[]> {
    return this.products.listForModeration(query.status, query.limit);
  }
}
