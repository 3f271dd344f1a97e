import { PartialType } from '@nestjs/swagger';
import { CreateProductDto } from './create-product.dto';

/** Any subset of the fields; changing customs fields of a published product sends it back to review. */
export class UpdateProductDto extends PartialType(CreateProductDto) {}
