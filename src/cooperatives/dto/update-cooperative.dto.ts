import { PartialType } from '@nestjs/swagger';
import { CreateCooperativeDto } from './create-cooperative.dto';

/** Any subset of the application's fields; status changes go through the verification routes. */
export class UpdateCooperativeDto extends PartialType(CreateCooperativeDto) {}
