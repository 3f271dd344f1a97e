import { ApiProperty } from '@nestjs/swagger';

export class HsEditionView {
  @ApiProperty({ example: 2022 })
  edition: number;

  @ApiProperty({ example: '2022-01-01', description: 'First day (UTC) it applies' })
  effectiveFrom: string;

  @ApiProperty({ description: 'The edition new products are classified under today' })
  inForce: boolean;

  @ApiProperty({ example: 5612 })
  subheadings: number;
}

export class HsEditionsView {
  @ApiProperty({ type: [HsEditionView] })
  items: HsEditionView[];
}
