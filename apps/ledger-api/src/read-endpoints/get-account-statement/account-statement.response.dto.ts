import { ApiProperty } from '@nestjs/swagger';
import { AnswerPointDto } from '../read-route/read-model.dto';

export class StatementAccountDto {
  @ApiProperty({ example: '1000' })
  accountId!: string;

  @ApiProperty({ example: '1000' })
  code!: string;

  @ApiProperty({ example: 'Bank account of the fund' })
  name!: string;

  @ApiProperty({ enum: ['asset', 'liability', 'equity', 'income', 'expense'], example: 'asset' })
  accountClass!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  funderId!: string | null;
}

export class StatementLineDto {
  @ApiProperty({ example: 412 })
  position!: number;

  @ApiProperty({ example: 97 })
  revision!: number;

  @ApiProperty({ example: '2024-07-01T10:12:03Z' })
  recordedAt!: string;

  @ApiProperty({ example: '2024-07-01T10:12:03Z' })
  occurredAt!: string;

  @ApiProperty({ example: 'PayoutMade' })
  eventType!: string;

  @ApiProperty({ example: 'Payout payout-pianos-1 on grant grant-pianos-2024' })
  description!: string;

  @ApiProperty({ enum: ['debit', 'credit'], example: 'credit' })
  side!: string;

  @ApiProperty({ example: '1000.00' })
  amount!: string;

  @ApiProperty({ description: 'Balance (debits less credits) after this line', example: '53000.00' })
  balanceAfter!: string;
}

export class AccountStatementResponse {
  @ApiProperty({ example: 'dortmund-city-fonds' })
  fundId!: string;

  @ApiProperty({ type: StatementAccountDto })
  account!: StatementAccountDto;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 50 })
  pageSize!: number;

  @ApiProperty({ description: 'Lines over all pages', example: 18 })
  total!: number;

  @ApiProperty({ description: 'Balance before the first line of this page', example: '0.00' })
  openingBalance!: string;

  @ApiProperty({ description: 'Balance after the last line of this page', example: '53000.00' })
  closingBalance!: string;

  @ApiProperty({
    description: "Balance after every line: the account's figure in the trial balance",
    example: '53000.00',
  })
  balance!: string;

  @ApiProperty({ type: [StatementLineDto] })
  lines!: readonly StatementLineDto[];

  @ApiProperty({ type: AnswerPointDto })
  asOf!: AnswerPointDto;
}
