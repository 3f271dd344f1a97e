import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { STRAY_PAYMENT_STATES, StrayPaymentState } from '../../orders/stray-payment';

const STATES = ['needs_attention', ...STRAY_PAYMENT_STATES] as const;

export class ListStrayPaymentsQuery extends LimitQueryDto {
  @ApiPropertyOptional({
    enum: STATES,
    default: 'needs_attention',
    description: '`needs_attention`: every payment not attached to a paid order, whatever was done; or one state',
  })
  @IsOptional()
  @IsIn(STATES)
  state: (typeof STATES)[number] = 'needs_attention';

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) cursor?: string;

  states(): readonly StrayPaymentState[] {
    return this.state === 'needs_attention' ? STRAY_PAYMENT_STATES : [this.state];
  }
}
