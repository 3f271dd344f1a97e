import { Module } from '@nestjs/common';
import { CooperativeAccess } from './cooperative-access.service';
import { CooperativesController } from './cooperatives.controller';
import { CooperativesService } from './cooperatives.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  controllers: [CooperativesController, MembersController],
  providers: [CooperativesService, MembersService, CooperativeAccess],
  exports: [CooperativeAccess, CooperativesService],
})
export class CooperativesModule {}
