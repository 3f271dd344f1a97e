import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG } from '../common/config/config.module';
import { MediaModule } from '../media/media.module';
import { uploadLimits } from '../media/upload-limits';
import { CooperativeImagesController } from './cooperative-images.controller';
import { CooperativeImagesService } from './cooperative-images.service';
import { AccessService } from './access.service';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativeRepository } from './cooperative.repository';
import { CooperativesController } from './cooperatives.controller';
import { CooperativesService } from './cooperatives.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule, MediaModule, MulterModule.registerAsync({ useFactory: uploadLimits, inject: [APP_CONFIG] })],
  controllers: [CooperativesController, MembersController, CooperativeImagesController],
  providers: [CooperativesService, MembersService, CooperativeAccess, AccessService, CooperativeImagesService, CooperativeRepository],
  exports: [AccessService, CooperativesService, CooperativeImagesService],
})
export class CooperativesModule {}
