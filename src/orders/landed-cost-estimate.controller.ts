import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain-error';
import { LandedCostEstimateDto } from '../landed-cost/dto/landed-cost-estimate.dto';
import { LandedCostView } from '../landed-cost/dto/landed-cost.view';
import { LandedCostService } from '../landed-cost/landed-cost.service';
import { CartLandedCostService } from './cart-landed-cost.service';

/** The landed-cost estimate of a cart (priced as the order would be) or of bare lines. */
@ApiTags('landed-cost')
@Controller('landed-cost')
export class LandedCostEstimateController {
  constructor(
    private readonly carts: CartLandedCostService,
    private readonly landedCost: LandedCostService,
  ) {}

  @Post('estimate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Duties, taxes and fees for a destination: what is collected at checkout and what at the door' })
  @ApiOkResponse({ type: LandedCostView })
  async estimate(@Body() dto: LandedCostEstimateDto): Promise<LandedCostView> {
    if ((dto.items === undefined) === (dto.lines === undefined)) {
      throw new DomainError('VALIDATION_FAILED', 'Give either items or lines', [
        { field: 'items', errors: ['give either items or lines, not both or neither'] },
      ]);
    }
    const options = { postalCode: dto.postalCode, incoterm: dto.incoterm ?? 'DAP', claimPreference: dto.claimPreference ?? true } as const;
    if (dto.items) return this.carts.estimate(dto.items, dto.destinationCountry, dto.currency, options);
    return this.landedCost.estimate({
      ...options,
      destination: dto.destinationCountry,
      currency: dto.currency,
      lines: dto.lines!,
      shippingMinor: dto.shippingMinor ?? 0,
      insuranceMinor: 0,
    });
  }
}
