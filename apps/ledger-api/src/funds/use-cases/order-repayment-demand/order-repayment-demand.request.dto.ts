import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate } from '../../../common/validation';

/** The body of the request: order the certified repayment demand of a grant. */
export class OrderRepaymentDemandRequestDto {
  @ApiProperty({
    description: 'Business date of the order (YYYY-MM-DD); not before the certification',
    example: '2025-03-04',
    format: 'date',
  })
  @IsIsoDate()
  orderedOn!: string;
}
