import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MediaModule } from '../media/media.module';
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
  imports: [AuthModule, MediaModule],
  controllers: [CooperativesController, MembersController, CooperativeImagesController],
  providers: [CooperativesService, MembersService, CooperativeAccess, AccessService, CooperativeImagesService, CooperativeRepository],
  exports: [AccessService, CooperativesService, CooperativeImagesService],
})
export class CooperativesModule {}
