import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';
import { DebtorAccountDto } from '../../request-fields/bank-account.dto';

/** The body of the request: export the ordered payments for the city's finance system. */
export class ExportPaymentOrdersRequestDto {
  @ApiPropertyOptional({
    description:
      'Id of the export (up to 20 letters, digits, dots, colons or dashes: it names the SEPA message); left out, derived from the Idempotency-Key',
    example: 'PO-2024-10-01',
    maxLength: 20,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.:-]{0,19}$/, {
    message:
      'exportId must be 1 to 20 letters, digits, dots, colons or dashes, starting with a letter or digit',
  })
  exportId?: string;

  @ApiProperty({ description: 'The account the fund pays from', type: DebtorAccountDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DebtorAccountDto)
  debtor!: DebtorAccountDto;
}
