import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAmount, IsEntityId, IsIsoDate } from '../../../common/validation';

/** The body of the request: pay an advance. */
export class PayAdvanceRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the new advance; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'advance-winter-lighting-1',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  payoutId?: string;

  @ApiProperty({ description: 'Amount paid in EUR', example: '2000.00' })
  @IsAmount()
  amount!: string;

  @ApiProperty({
    description: 'Day the money leaves the fund (YYYY-MM-DD)',
    example: '2024-10-01',
    format: 'date',
  })
  @IsIsoDate()
  valueDate!: string;
}
