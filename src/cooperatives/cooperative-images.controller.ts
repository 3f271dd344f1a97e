import { Controller, Delete, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImageView } from '../media/dto/image.view';
import { ImageUpload } from '../media/image-upload.interceptor';
import type { UploadedImage } from '../media/uploaded-image';
import { CooperativeImagesService } from './cooperative-images.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();
const FILE_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('cooperatives')
@Controller('cooperatives/:id')
export class CooperativeImagesController {
  constructor(private readonly images: CooperativeImagesService) {}

  @Post('logo')
  @Auth('artisan', 'admin')
  @UseInterceptors(ImageUpload('file', 1))
  @ApiOperation({ summary: "Set the cooperative's logo (managers); processed in the background" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: ImageView })
  logo(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedImage[] = []): Promise<ImageView> {
    return this.images.set(id, 'logo', user, files[0]);
  }

  @Post('cover')
  @Auth('artisan', 'admin')
  @UseInterceptors(ImageUpload('file', 1))
  @ApiOperation({ summary: "Set the cooperative's cover photo (managers)" })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: ImageView })
  cover(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @UploadedFiles() files: UploadedImage[] = []): Promise<ImageView> {
    return this.images.set(id, 'cover', user, files[0]);
  }

  @Delete('logo')
  @HttpCode(204)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "Remove the cooperative's logo (managers)" })
  @ApiNoContentResponse()
  async removeLogo(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.images.remove(id, 'logo', user);
  }

  @Delete('cover')
  @HttpCode(204)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "Remove the cooperative's cover photo (managers)" })
  @ApiNoContentResponse()
  async removeCover(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.images.remove(id, 'cover', user);
  }
}
