import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape of every error response. */
export class ErrorBody {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'INVALID_STATE' })
  code: string;

  @ApiProperty({ example: 'Cannot approve a cooperative that is rejected' })
  message: string;

  @ApiPropertyOptional({ description: 'Machine-readable specifics, e.g. failing fields or short items' })
  details?: unknown;
}
