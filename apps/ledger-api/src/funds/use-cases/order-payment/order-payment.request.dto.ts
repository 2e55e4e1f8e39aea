import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate } from '../../../common/validation';

/** The body of the request: order a certified payment. */
export class OrderPaymentRequestDto {
  @ApiProperty({
    description: 'Business date of the order (YYYY-MM-DD)',
    example: '2024-09-30',
    format: 'date',
  })
  @IsIsoDate()
  orderedOn!: string;

  @ApiProperty({
    description:
      'Day the money is to leave the fund’s account; its year is the payment’s fiscal year (YYYY-MM-DD)',
    example: '2024-10-02',
    format: 'date',
  })
  @IsIsoDate()
  valueDate!: string;
}
