import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class PotBalanceDto {
  @ApiProperty({ description: 'Money received', example: '90000.00' })
  received!: string;

  @ApiProperty({ description: 'Committed by grant notices, in total', example: '24000.00' })
  granted!: string;

  @ApiProperty({
    description: 'Granted and not yet paid or released: the open commitments',
    example: '9500.00',
  })
  committed!: string;

  @ApiProperty({ description: 'Advances and payouts made', example: '13500.00' })
  paid!: string;

  @ApiProperty({
    description: 'Commitments given back (recalculation, close, withdrawal, expiry, revocation)',
    example: '1000.00',
  })
  released!: string;

  @ApiProperty({ description: 'Repayments demanded from recipients, interest included', example: '520.00' })
  repaymentDemanded!: string;

  @ApiProperty({ description: 'Repayments received', example: '260.00' })
  refunded!: string;

  @ApiProperty({ description: 'Repayments demanded and not yet received', example: '260.00' })
  repaymentOutstanding!: string;

  @ApiProperty({ description: 'Public money that lapsed when a fiscal year closed', example: '0.00' })
  lapsed!: string;

  @ApiProperty({
    description: 'What new grants can use: received + refunded - lapsed - committed - paid',
    example: '67260.00',
  })
  available!: string;

  @ApiProperty({
    description: 'Pooled model, public money only: matched by private money received; null otherwise',
    example: '45000.00',
    nullable: true,
    type: String,
  })
  matched!: string | null;

  @ApiProperty({
    description: 'Pooled model, public money only: received (less lapsed) and not matched; null otherwise',
    example: '45000.00',
    nullable: true,
    type: String,
  })
  unmatched!: string | null;
}

export class FunderBalanceDto extends PotBalanceDto {
  @ApiProperty({ example: 'city' })
  funderId!: string;

  @ApiProperty({ example: 'City of Dortmund' })
  name!: string;

  @ApiProperty({
    description: "The funder's share in the current settings; null for a funder no longer configured",
    example: '0.6',
    nullable: true,
    type: String,
  })
  share!: string | null;
}

export class FiscalYearClosingDto {
  @ApiProperty({ example: '12000.00' })
  publicCarriedOver!: string;

  @ApiProperty({ example: '3000.00' })
  privateCarriedOver!: string;

  @ApiProperty({ example: '0.00' })
  publicLapsed!: string;
}

export class FiscalYearBalanceDto {
  @ApiProperty({ example: 2024 })
  fiscalYear!: number;

  @ApiProperty({ description: 'Whether a public budget was set for the year', example: true })
  budgetSet!: boolean;

  @ApiProperty({ description: 'Whether the year is closed and its figures sealed', example: false })
  closed!: boolean;

  @ApiProperty({ example: '90000.00' })
  publicBudget!: string;

  @ApiProperty({ example: '90000.00' })
  publicReceived!: string;

  @ApiProperty({ example: '30000.00' })
  privateReceived!: string;

  @ApiProperty({ description: 'Public money committed by grant notices in the year', example: '24000.00' })
  publicCommitted!: string;

  @ApiProperty({ example: '0.00' })
  privateCommitted!: string;

  @ApiProperty({ example: '1000.00' })
  publicReleased!: string;

  @ApiProperty({ example: '0.00' })
  privateReleased!: string;

  @ApiProperty({ example: '13500.00' })
  publicPaid!: string;

  @ApiProperty({ example: '0.00' })
  privatePaid!: string;

  @ApiProperty({ example: '260.00' })
  publicRefunded!: string;

  @ApiProperty({ example: '0.00' })
  privateRefunded!: string;

  @ApiProperty({
    description: 'Carry-over and lapse when the year was closed; null while it is open',
    type: FiscalYearClosingDto,
    nullable: true,
  })
  closing!: FiscalYearClosingDto | null;
}

export class FundBalancesResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 'City-Fonds Dortmund' })
  name!: string;

  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status!: string;

  @ApiProperty({ enum: ['pooled', 'per-project'], example: 'per-project' })
  matchingModel!: string;

  @ApiProperty({ example: '0.50' })
  publicShareMax!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({ description: 'The public pot', type: PotBalanceDto })
  public!: PotBalanceDto;

  @ApiProperty({ description: 'The private pot', type: PotBalanceDto })
  private!: PotBalanceDto;

  @ApiProperty({
    description: 'Each public funder ever configured, in the order configured',
    type: [FunderBalanceDto],
  })
  funders!: readonly FunderBalanceDto[];

  @ApiProperty({ description: 'Money moved per fiscal year, by pot', type: [FiscalYearBalanceDto] })
  fiscalYears!: readonly FiscalYearBalanceDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
