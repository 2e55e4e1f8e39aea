import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@fund-ledger/domain';
import { PotBalanceDto } from '../get-fund-balances/fund-balances.response.dto';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class OverviewMatchingDto {
  @ApiProperty({
    description: 'Public money over all money spent, four decimals; null while nothing is spent',
    example: '0.4800',
    nullable: true,
    type: String,
  })
  publicShare!: string | null;

  @ApiProperty({ description: 'Whether the public share is within publicShareMax', example: true })
  withinCap!: boolean;

  @ApiProperty({
    description: 'Public money that could still be spent within the rules',
    example: '12000.00',
  })
  headroom!: string;
}

export class StatusCountDto {
  @ApiProperty({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus', example: 'on-agenda' })
  status!: ApplicationStatus;

  @ApiProperty({ example: 3 })
  count!: number;
}

export class FundOverviewResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ example: 'City-Fonds Dortmund' })
  name!: string;

  @ApiProperty({ example: 'Dortmund city centre' })
  area!: string;

  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status!: 'open' | 'closed';

  @ApiProperty({ example: '2024-01-10T09:00:00.000Z' })
  openedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ enum: ['urban-development-funding', 'municipal-budget'], example: 'municipal-budget' })
  fundingSource!: 'urban-development-funding' | 'municipal-budget';

  @ApiProperty({ enum: ['pooled', 'per-project'], example: 'per-project' })
  matchingModel!: 'pooled' | 'per-project';

  @ApiProperty({ example: '0.50' })
  publicShareMax!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({ description: 'The public pot', type: PotBalanceDto })
  public!: PotBalanceDto;

  @ApiProperty({ description: 'The private pot', type: PotBalanceDto })
  private!: PotBalanceDto;

  @ApiProperty({ type: OverviewMatchingDto })
  matching!: OverviewMatchingDto;

  @ApiProperty({ example: 11 })
  activeJuryMemberCount!: number;

  @ApiProperty({
    description:
      'Applications per status in the order of the process; statuses without applications are left out',
    type: [StatusCountDto],
  })
  applications!: readonly StatusCountDto[];

  @ApiProperty({ description: 'Applications on a jury agenda whose vote is open', example: 2 })
  openAgendaItemCount!: number;

  @ApiProperty({
    description: 'Grants whose proof of use is accepted and which still have money to pay out',
    example: 1,
  })
  grantsAwaitingPayoutCount!: number;

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
