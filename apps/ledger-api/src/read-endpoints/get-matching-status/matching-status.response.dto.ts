import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class MoneySpentDto {
  @ApiProperty({ example: '13000.00' })
  public!: string;

  @ApiProperty({ example: '13400.00' })
  private!: string;

  @ApiProperty({ example: '26400.00' })
  total!: string;
}

export class PooledMatchingDto {
  @ApiProperty({ example: '30000.00' })
  privateReceived!: string;

  @ApiProperty({ description: 'Public money received, less what lapsed', example: '45000.00' })
  publicReceived!: string;

  @ApiProperty({ description: 'Public money matched by private money received', example: '30000.00' })
  matched!: string;

  @ApiProperty({ description: 'Public money waiting for private money', example: '15000.00' })
  unmatched!: string;

  @ApiProperty({ example: '13000.00' })
  publicSpent!: string;

  @ApiProperty({ example: '32000.00' })
  publicAvailable!: string;
}

export class ProjectMatchingDto {
  @ApiProperty({ example: 'pianos-in-public-space' })
  applicationId!: string;

  @ApiProperty({ example: 'grant-pianos-2024' })
  grantId!: string;

  @ApiProperty({ example: 'Pianos in public space' })
  title!: string;

  @ApiProperty({
    description: 'Eligible costs, or the proven eligible costs once the proof of use was accepted',
    example: '4200.00',
  })
  eligibleCosts!: string;

  @ApiProperty({ example: '3200.00' })
  ownContribution!: string;

  @ApiProperty({ example: '1000.00' })
  publicSpent!: string;

  @ApiProperty({
    description: 'Public over eligible costs, four decimals',
    example: '0.2381',
    nullable: true,
    type: String,
  })
  publicShare!: string | null;

  @ApiProperty({ description: 'The most public money the project may take', example: '2100.00' })
  publicLimit!: string;

  @ApiProperty({ example: '1100.00' })
  headroom!: string;

  @ApiProperty({ example: true })
  withinCap!: boolean;
}

export class MatchingStatusResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ enum: ['pooled', 'per-project'], example: 'pooled' })
  matchingModel!: string;

  @ApiProperty({ example: '0.50' })
  publicShareMax!: string;

  @ApiProperty({ example: '10000.00', nullable: true, type: String })
  perProjectPublicCap!: string | null;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({
    description:
      'Money spent (granted and not given back: open commitments plus payments, less repayments received)',
    type: MoneySpentDto,
  })
  spent!: MoneySpentDto;

  @ApiProperty({
    description: 'Public over total money spent, four decimals; null while nothing is spent',
    example: '0.4924',
    nullable: true,
    type: String,
  })
  publicShare!: string | null;

  @ApiProperty({ description: 'Whether public money spent is within publicShareMax', example: true })
  withinCap!: boolean;

  @ApiProperty({
    description: 'Public money that could still be spent within the rules',
    example: '17000.00',
  })
  headroom!: string;

  @ApiProperty({ description: 'Pooled model only; null otherwise', type: PooledMatchingDto, nullable: true })
  pooled!: PooledMatchingDto | null;

  @ApiProperty({
    description: 'Per-project model: each granted project; empty otherwise',
    type: [ProjectMatchingDto],
  })
  projects!: readonly ProjectMatchingDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
