import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativesController } from './cooperatives.controller';
import { CooperativesService } from './cooperatives.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule],
  controllers: [CooperativesController, MembersController],
  providers: [CooperativesService, MembersService, CooperativeAccess],
  exports: [CooperativeAccess, CooperativesService],
})
export class CooperativesModule {}
