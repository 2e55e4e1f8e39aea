import { ApiProperty } from '@nestjs/swagger';
import { IsAmount } from '../../../common/validation';

/** The body of the request: accept a proof of use. */
export class AcceptProofOfUseRequestDto {
  @ApiProperty({ description: 'Eligible costs the fund accepts as proven, in EUR', example: '4150.00' })
  @IsAmount()
  provenEligibleCosts!: string;
}
