import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto, ProjectionPointDto } from '../read-route/read-model.dto';

export class AccountBalanceDto {
  @ApiProperty({
    description: 'Code, followed by the funder id for accounts kept per funder',
    example: '3120.city',
  })
  accountId!: string;

  @ApiProperty({ example: '3120' })
  code!: string;

  @ApiProperty({ example: 'Public contributions, funder City of Dortmund' })
  name!: string;

  @ApiProperty({ enum: ['asset', 'liability', 'equity', 'income', 'expense'], example: 'equity' })
  accountClass!: string;

  @ApiProperty({ example: 'city', nullable: true, type: String })
  funderId!: string | null;

  @ApiProperty({ description: 'All debits posted', example: '0.00' })
  debitTurnover!: string;

  @ApiProperty({ description: 'All credits posted', example: '54000.00' })
  creditTurnover!: string;

  @ApiProperty({
    description: 'Debits less credits: positive for a debit balance, negative for a credit balance',
    example: '-54000.00',
  })
  balance!: string;

  @ApiProperty({ example: '0.00' })
  debitBalance!: string;

  @ApiProperty({ example: '54000.00' })
  creditBalance!: string;
}

export class LedgerAccountsResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: ProjectionPointDto })
  lastEvent!: ProjectionPointDto;

  @ApiProperty({
    description:
      'Every account of the chart that applies to the fund (per-funder accounts for each funder), by id',
    type: [AccountBalanceDto],
  })
  accounts!: readonly AccountBalanceDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
