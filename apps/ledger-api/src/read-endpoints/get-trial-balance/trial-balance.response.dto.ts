import { ApiProperty } from '@nestjs/swagger';
import { AccountBalanceDto } from '../get-ledger-accounts/ledger-accounts.response.dto';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class TrialBalanceResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({ description: 'Every account with turnover, by id', type: [AccountBalanceDto] })
  accounts!: readonly AccountBalanceDto[];

  @ApiProperty({ example: '140260.00' })
  totalDebitBalance!: string;

  @ApiProperty({ example: '140260.00' })
  totalCreditBalance!: string;

  @ApiProperty({ description: 'The sum of all balances: always "0.00"', example: '0.00' })
  difference!: string;

  @ApiProperty({ example: '212400.00' })
  totalDebitTurnover!: string;

  @ApiProperty({ example: '212400.00' })
  totalCreditTurnover!: string;

  @ApiProperty({ description: 'True when debits equal credits', example: true })
  balanced!: boolean;

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
