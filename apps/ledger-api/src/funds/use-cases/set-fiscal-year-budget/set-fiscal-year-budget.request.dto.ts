import { ApiProperty } from '@nestjs/swagger';
import { IsAmountOrZero } from '../../request-fields/request-fields';

/** The body of the request: set a fiscal year's public budget. */
export class SetFiscalYearBudgetRequestDto {
  @ApiProperty({
    description: 'Public money the fund may receive in this fiscal year, in EUR',
    example: '90000.00',
  })
  @IsAmountOrZero()
  publicBudget!: string;
}
