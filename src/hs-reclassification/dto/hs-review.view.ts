import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HS_CODE_CHANGES, HsCodeChange } from '../hs-code-change';

export class HsCandidateView {
  @ApiProperty({ example: '691210' }) code: string;
  @ApiProperty() description: string;
}

/** A product whose code disappears or splits in a later edition, with the codes it may take there. */
export class HsReviewView {
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiProperty() cooperativeName: string;
  @ApiProperty({ description: 'English title' }) title: string;
  @ApiProperty({ example: 'published' }) status: string;
  @ApiProperty({ example: '6912000000', description: "The product's code today" }) hsCode: string;
  @ApiProperty({ example: 2022 }) hsEdition: number;
  @ApiProperty({ example: 2027, description: 'The edition in which the code changes' }) toEdition: number;
  @ApiProperty({ example: '2027-01-01' }) effectiveFrom: string;
  @ApiProperty({ description: 'Whether toEdition is already in force' }) inForce: boolean;
  @ApiProperty({ enum: HS_CODE_CHANGES }) change: HsCodeChange;
  @ApiProperty({ type: [HsCandidateView], description: 'From the correlation table; empty when the code is gone without one' })
  candidates: HsCandidateView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: "The cooperative's pick, or null while open" })
  chosenCode: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) chosenAt: Date | null;
}

export class HsReviewPage {
  @ApiProperty({ type: [HsReviewView] }) items: HsReviewView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
}
