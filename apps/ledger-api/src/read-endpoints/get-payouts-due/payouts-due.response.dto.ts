import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class PayoutDueDto {
  @ApiProperty({ example: 'flower-boxes' })
  applicationId!: string;

  @ApiProperty({ example: 'grant-flower-boxes' })
  grantId!: string;

  @ApiProperty({ example: 'Flower boxes on Kampstraße' })
  title!: string;

  @ApiProperty({ example: 'Kampstraße traders' })
  applicant!: string;

  @ApiProperty({ description: 'What the grant notice committed', example: '2500.00' })
  issued!: string;

  @ApiProperty({ description: 'Advances and payouts made', example: '0.00' })
  paid!: string;

  @ApiProperty({ description: 'Still to be paid: issued less paid and released', example: '2500.00' })
  toPay!: string;

  @ApiProperty({
    description: 'Eligible costs the accepted proof of use showed',
    nullable: true,
    type: String,
    example: '5000.00',
  })
  provenEligibleCosts!: string | null;

  @ApiProperty({
    description: 'Reference of the proof of use',
    nullable: true,
    type: String,
    example: 'VN-017',
  })
  proofReference!: string | null;
}

export class PayoutsDueResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({
    description:
      'Grants whose proof of use is accepted and which still have money to pay, in the order their applications arrived',
    type: [PayoutDueDto],
  })
  payouts!: readonly PayoutDueDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
