import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Put, UploadedFiles, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { ImageView } from '../media/dto/image.view';
import { ImageUpload } from '../media/image-upload.interceptor';
import { MAX_FILES_PER_UPLOAD } from '../media/images.service';
import type { UploadedImage } from '../media/uploaded-image';
import { ImageAltDto } from './dto/image-alt.dto';
import { ImageOrderDto } from './dto/image-order.dto';
import { ProductImagesService } from './product-images.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('products')
@Controller('products/:id/images')
export class ProductImagesController {
  constructor(private readonly images: ProductImagesService) {}

  @Post()
  @Auth('artisan', 'admin')
  @UseInterceptors(ImageUpload('files', MAX_FILES_PER_UPLOAD))
  @ApiOperation({ summary: 'Upload photos (members of the cooperative); they are processed in the background' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } })
  @ApiCreatedResponse({ type: [ImageView], description: 'status `processing` until the derivatives are made' })
  @ApiPayloadTooLargeResponse({ type: ErrorBody, description: 'a file over the size or pixel limit' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBody, description: 'not a JPEG, PNG, WebP or AVIF image' })
  upload(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedImage[] = []): Promise<ImageView[]> {
    return this.images.add(id, user, files);
  }

  @Put('order')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "Reorder the product's photos: the list names each of them once" })
  @ApiOkResponse({ type: [ImageView] })
  reorder(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: ImageOrderDto): Promise<ImageView[]> {
    return this.images.reorder(id, dto.imageIds, user);
  }

  @Patch(':imageId')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Set the alternative text of a photo, per language' })
  @ApiOkResponse({ type: ImageView })
  describe(
    @Param('id', uuid) id: string,
    @Param('imageId', uuid) imageId: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: ImageAltDto,
  ): Promise<ImageView> {
    return this.images.describe(id, imageId, { ...dto.alt }, user);
  }

  @Delete(':imageId')
  @HttpCode(204)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: 'Delete a photo and its files' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuid) id: string, @Param('imageId', uuid) imageId: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.images.remove(id, imageId, user);
  }
}
