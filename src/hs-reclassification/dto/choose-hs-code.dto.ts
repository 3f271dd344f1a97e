import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';

export class ChooseHsCodeDto {
  @ApiProperty({ example: 2027, description: 'The edition the code is picked for' })
  @IsInt({ message: 'edition must be a year like 2027' })
  @Min(1988)
  @Max(2200)
  edition: number;

  @ApiProperty({ example: '691210', description: '6 to 10 digits whose first 6 are one of the candidates' })
  @IsString()
  @Matches(/^\d{6,10}$/, { message: 'hsCode must be 6 to 10 digits with no dots or spaces' })
  hsCode: string;
}

export class HsChoiceView {
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ example: 2027 }) edition: number;
  @ApiProperty({ example: '691210' }) hsCode: string;
  @ApiProperty() chosenAt: Date;
  @ApiProperty({ description: "True when the edition is in force: the product's code is now this one" }) applied: boolean;
}
