import { ApiProperty } from '@nestjs/swagger';

export class CheckoutView {
  @ApiProperty({ example: 'https://checkout.stripe.com/c/pay/cs_test_…' }) checkoutUrl: string;
  @ApiProperty({ example: 'cs_test_a1b2c3' }) sessionId: string;
  @ApiProperty() expiresAt: Date;
}
